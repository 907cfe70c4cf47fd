/** Starts one of the extension's React pages in its `#root` element. */
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';

export function mount(App: ComponentType): void {
  const root = document.getElementById('root');
  if (root === null) throw new Error(`${document.title || 'This page'} has no #root element.`);
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
