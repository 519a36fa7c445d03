export * from './validation-result';
export * from './niss';
export * from './enterprise-number';
export * from './iban';
export * from './structured-communication';
export { mod97 } from './mod97';
