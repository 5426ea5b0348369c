export function renderBuiltin(): string;
