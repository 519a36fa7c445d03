export * from './dates';
export * from './iso-week';
export * from './brussels';
