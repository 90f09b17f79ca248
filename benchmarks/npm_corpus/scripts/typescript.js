const ts = require('typescript');
const src = 'interface P { x: number; y?: string }\nenum E { A = 1, B }\nclass C<T> implements P { x = 1; constructor(private t: T) {} get v(): T { return this.t; } }\nexport const f = async (p: P): Promise<number> => p.x ?? E.B;\nlet z: Array<number> = [1, 2] as const as any;\n';
const r = ts.transpileModule(src, {compilerOptions: {target: ts.ScriptTarget.ES2017, module: ts.ModuleKind.CommonJS}});
console.log(r.outputText);
