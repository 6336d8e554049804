// The Mocha globals web-test-runner provides, typed for the component tests (the project does
// not depend on @types/mocha for a handful of functions).
interface MochaContext {
  timeout(ms: number): void;
  slow(ms: number): void;
  skip(): never;
}
type MochaBody = (this: MochaContext) => void | Promise<unknown>;
declare function describe(title: string, body: (this: MochaContext) => void): void;
declare function it(title: string, body: MochaBody): void;
declare function before(body: MochaBody): void;
declare function after(body: MochaBody): void;
declare function beforeEach(body: MochaBody): void;
declare function afterEach(body: MochaBody): void;
