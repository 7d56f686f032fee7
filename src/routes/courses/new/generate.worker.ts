import { generateCourse, type GenerateMessage, type GenerateRequest } from './generate';

// The generator off the main thread: one request, its stages and its result posted back. The page
// makes a new worker for every request and terminates it to cancel.

const post = (message: GenerateMessage) => postMessage(message);

addEventListener('message', (event: MessageEvent<GenerateRequest>) => {
  post(generateCourse(event.data, (step) => post({ type: 'step', step })));
});
