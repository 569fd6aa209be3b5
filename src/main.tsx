import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { getAppStore } from './store/index.ts';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Crosscheck: #root is missing from index.html');
// Three tasks instead of one: the scripts load, then the saved work is read and checked (megabytes
// for a large review), then React renders; none of them holds the page for long.
setTimeout(() => {
  getAppStore();
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}, 0);
