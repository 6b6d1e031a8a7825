// Entry point: pick the host (Electron's preload, else the browser stand-in) and render.
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { currentHost } from './host/host.ts';
import './styles.css';

const root = document.getElementById('root');
if (root) createRoot(root).render(<App host={currentHost()} />);
