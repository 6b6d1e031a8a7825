// Entry point: pick the host (Electron's preload, a live session's link, else the browser
// stand-in) and render.
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { currentHost } from './host/host.ts';
import { createLiveHost } from './live/live-host.ts';
import { isLiveSessionPage } from './live/live-state.ts';
import { LiveLayer } from './live/LiveLayer.tsx';
import './probe.ts';
import './styles.css';

const root = document.getElementById('root');
if (root && isLiveSessionPage(window)) {
  createRoot(root).render(
    <>
      <App host={createLiveHost(window)} />
      <LiveLayer />
    </>,
  );
} else if (root) {
  createRoot(root).render(<App host={currentHost()} />);
}
