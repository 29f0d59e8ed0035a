import './styles/journey-map.css';
import './styles/editor.css';
import { start } from './bootstrap';

export { attach, attachAll, start } from './bootstrap';
export { getMap } from './api/maps';
export { requestJson, resolveUrl, HttpError } from './api/http';

start();
