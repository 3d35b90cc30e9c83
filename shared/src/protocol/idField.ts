/** An id in a request body or socket payload: `ID_PATTERN`, checked by zod. */
import { z } from 'zod';
import { ID_PATTERN } from '../domain/ids';

export const idField = z.string().regex(ID_PATTERN);
