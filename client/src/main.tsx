import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { useLocaleStore } from './store/localeStore';
import { registerServiceWorker } from './registerServiceWorker';
import './styles/index.css';

document.documentElement.lang = useLocaleStore.getState().locale === 'zh' ? 'zh-CN' : 'en';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

registerServiceWorker();
