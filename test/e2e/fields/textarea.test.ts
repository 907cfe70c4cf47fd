import { describeEditor } from './scenarios';

describeEditor('textarea');
