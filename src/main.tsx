import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { getAppStore, loadStorage } from './store/index.ts';
import { registerServiceWorker } from './features/offline/service-worker.ts';
import './app/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('Crosscheck: #root is missing from index.html');
const nextTask = (run: () => void) => setTimeout(run, 0);
// Short tasks instead of one long one, for a large saved review (megabytes): the scripts load; the
// browser brings localStorage into the page and the article texts come from IndexedDB; the store
// reads and checks the saved work; React renders.
nextTask(() => {
  void loadStorage().then(() =>
    nextTask(() => {
      getAppStore();
      createRoot(root).render(
        <StrictMode>
          <App />
        </StrictMode>,
      );
      registerServiceWorker();
    }),
  );
});
