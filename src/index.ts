/**
 * slacheck's public library API. The calendar engine: instants are epoch
 * milliseconds, spans are half-open [from, to).
 */
export {};
