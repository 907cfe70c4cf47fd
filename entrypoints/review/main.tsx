import '../../src/ui/review-pages.css';
import '../../src/ui/findings.css';
import { mount } from '../../src/ui/mount';
import { App } from './App';

mount(App);
