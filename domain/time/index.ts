export * from './dates';
export * from './iso-week';
