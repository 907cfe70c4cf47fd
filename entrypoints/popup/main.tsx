import { mount } from '../../src/ui/mount';
import { App } from './App';
import './popup.css';
import '../../src/ui/findings.css';

mount(App);
