import { describeEditor } from './scenarios';

describeEditor('tiptap');
