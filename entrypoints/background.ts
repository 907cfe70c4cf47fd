import { defineBackground } from '#imports';
import { registerCardRelay } from '../src/background/card-relay';
import { registerCheckService } from '../src/background/check-service';
import { registerFieldService } from '../src/background/field-service';
import { registerGlossaryService } from '../src/background/glossary-service';
import { registerReviewService } from '../src/background/review-service';

export default defineBackground({
  // A module, so that the language model's data can be its own file (see
  // wxt.config.ts, "One file per large part").
  type: 'module',
  main() {
    // Register every listener synchronously, at start-up: the service worker can
    // be stopped at any time, and a listener added later misses the message that
    // woke it (docs/reliability.md, "The service worker can stop at any time").
    registerCheckService();
    registerFieldService();
    registerGlossaryService();
    registerReviewService();
    registerCardRelay();
  },
});
