import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/ui/review-pages.css';
import '../../src/ui/findings.css';
import { App } from './App';

const root = document.getElementById('root');
if (root === null) throw new Error('The side panel has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
