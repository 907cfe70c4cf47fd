import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './popup.css';
import '../../src/ui/findings.css';

const root = document.getElementById('root');
if (root === null) throw new Error('The popup page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
