import { createSSRApp, h, ref, computed, reactive, watch, nextTick, defineComponent } from 'vue';
import { renderToString } from '@vue/server-renderer';
import { parseHTML } from 'linkedom';
import htm from 'htm';
import { compile } from 'svelte/compiler';
const Item = defineComponent({ props: ['label', 'n'], setup(p) { return () => h('li', { class: ['item', { odd: p.n % 2 }] }, `${p.label} #${p.n}`); } });
const app = createSSRApp({ setup() { const items = ref(['a', 'b<', 'c']); const st = reactive({ count: 2 }); const dbl = computed(() => st.count * 2); return { items, st, dbl }; },
  render() { return h('div', { id: 'app', 'data-x': '"q"' }, [h('p', `count ${this.st.count} dbl ${this.dbl}`), h('ul', this.items.map((l, i) => h(Item, { label: l, n: i, key: l }))), this.st.count > 1 ? h('span', null, 'many') : null]); } });
console.log(await renderToString(app));
const app2 = createSSRApp({ template: '<section><h1 v-if="ok">{{ msg.toUpperCase() }}</h1><p v-for="(x, i) in xs" :key="i" :style="{ color: x }">{{ i }}:{{ x }}</p><input v-model="msg"></section>', data: () => ({ ok: true, msg: 'hi & bye', xs: ['red', 'blue'] }) });
try { console.log(await renderToString(app2)); } catch (e) { console.log('template:', e.message); }
const st = reactive({ a: 1 }); const log = []; watch(() => st.a, (v, o) => log.push(o + '>' + v)); st.a = 2; await nextTick(); st.a = 3; await nextTick(); console.log(log.join(','));
const { document } = parseHTML('<!doctype html><html><body><div id="main" class="a b"><p>One</p><p class="x">Two</p></div></body></html>');
const main = document.getElementById('main'); const np = document.createElement('p'); np.textContent = 'Three & <four>'; np.setAttribute('data-k', 'v'); main.appendChild(np);
console.log(main.querySelectorAll('p').length, document.querySelector('p.x').textContent, main.classList.contains('b'), main.innerHTML, document.body.children[0].tagName);
const html = htm.bind((type, props, ...children) => ({ type, props, children }));
console.log(JSON.stringify(html`<div class=${'c'} ...${{ id: 1 }}><b>bold ${1 + 1}</b><${'x-y'} z /></div>`));
const res = compile('<script>let n = 0; $: d = n * 2;</script><button on:click={() => n++}>{n} / {d}</button><style>button { color: red }</style>', { generate: 'ssr', css: 'injected' });
console.log(res.js.code.length > 100, res.warnings.length, res.js.code.includes('create_ssr_component'));
try { compile('<div>{#if x}</div>'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
