export * from './csi4-norms';
export * from './csi4';
