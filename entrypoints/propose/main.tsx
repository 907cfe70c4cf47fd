import '../../src/ui/glossary-pages.css';
import { mount } from '../../src/ui/mount';
import { App } from './App';

mount(App);
