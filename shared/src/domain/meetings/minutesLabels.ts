/**
 * The words of the minutes in both languages: the Markdown export writes them, and the client's
 * minutes screen shows the same ones (its catalogue takes them from here), so the two never drift.
 */
const en = {
  daily: 'Daily standup',
  weekly: 'Weekly review',
  monthly: 'Monthly review',
  meeting: 'Meeting',
  date: 'Date',
  time: 'Time',
  facilitator: 'Facilitator',
  attendees: 'Attendees',
  items: 'Items discussed',
  notDiscussed: 'not discussed',
  notReached: 'Items not reached',
  decisions: 'Decisions',
  decision: 'Decision',
  actions: 'Action items',
  carried: 'Carried action items',
  owner: 'Owner',
  due: 'Due',
  done: 'done',
  open: 'open',
  carriedTimes: (n: number) => `carried ${n}×`,
  none: 'None.',
  nobody: 'unassigned',
};

export type MinutesLabels = typeof en;

export const MINUTES_LABELS: Record<'en' | 'zh', MinutesLabels> = {
  en,
  zh: {
    daily: '日常例会',
    weekly: '周会',
    monthly: '月会',
    meeting: '会议',
    date: '日期',
    time: '时间',
    facilitator: '主持人',
    attendees: '参会人',
    items: '讨论事项',
    notDiscussed: '未讨论',
    notReached: '未讨论的议程项',
    decisions: '决定',
    decision: '决定',
    actions: '行动项',
    carried: '延续的行动项',
    owner: '负责人',
    due: '截止',
    done: '已完成',
    open: '未完成',
    carriedTimes: (n: number) => `已延续 ${n} 次`,
    none: '无。',
    nobody: '未指派',
  },
};
