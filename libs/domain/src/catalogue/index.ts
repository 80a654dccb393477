export * from './exercise';
export * from './built-in-exercises';
export * from './validate-exercise';
export * from './validate-answers';
