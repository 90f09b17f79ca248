const { JSDOM, VirtualConsole } = require('jsdom');
const createDOMPurify = require('dompurify');
const html = `<!DOCTYPE html><html><head><title>Shop</title><style>.hot{color:red}</style></head><body>
<ul id="items"><li class="hot" data-price="3">apple</li><li data-price="10">pear</li><li class="hot" data-price="7">plum</li></ul>
<form id="f"><input name="q" value="fruit"><select name="s"><option>a</option><option selected>b</option></select></form>
<script>window.total = [...document.querySelectorAll('li')].reduce((s, li) => s + Number(li.dataset.price), 0);
document.title += ' (' + total + ')'; console.log('inline script ran', total);</script>
</body></html>`;
const vc = new VirtualConsole(); vc.on('log', (...a) => console.log('[page]', ...a)); vc.on('jsdomError', e => console.log('[jsdomError]', e.message));
const dom = new JSDOM(html, { runScripts: 'dangerously', url: 'https://example.org/shop?x=1', virtualConsole: vc, pretendToBeVisual: false });
const { window } = dom; const { document } = window;
console.log(document.title, window.total, window.location.pathname, window.location.search);
const hot = document.querySelectorAll('li.hot'); console.log(hot.length, [...hot].map(li => li.textContent).join());
console.log(window.getComputedStyle(hot[0]).color);
const li = document.createElement('li'); li.textContent = 'fig & <kiwi>'; li.setAttribute('data-price', '1'); document.getElementById('items').append(li);
console.log(document.getElementById('items').innerHTML.replace(/\n/g, ''));
const fd = new window.FormData(document.getElementById('f')); console.log([...fd.entries()].map(e => e.join('=')).join('&'));
const ev = []; document.body.addEventListener('click', e => ev.push('body:' + e.target.tagName), true); li.addEventListener('click', e => { ev.push('li'); e.stopPropagation(); });
li.dispatchEvent(new window.MouseEvent('click', { bubbles: true })); li.click(); console.log(ev.join(' '));
window.eval('document.body.dataset.mark = [1,2,3].map(x => x * 2).join("-")'); console.log(document.body.getAttribute('data-mark'));
const walker = document.createTreeWalker(document.body, window.NodeFilter.SHOW_TEXT); let texts = 0; while (walker.nextNode()) if (walker.currentNode.nodeValue.trim()) texts++; console.log('text nodes', texts);
const frag = JSDOM.fragment('<p>a<b>b</b></p><p>c</p>'); console.log(frag.childNodes.length, frag.firstChild.outerHTML);
console.log(new window.URL('../x?y=1#z', window.location.href).href, window.navigator.userAgent.includes('jsdom'));
const mo = new window.MutationObserver(recs => { console.log('mutations', recs.map(r => r.type + ':' + (r.attributeName || r.addedNodes.length)).join(',')); });
mo.observe(document.body, { attributes: true, childList: true, subtree: true }); document.body.setAttribute('x', '1'); document.body.appendChild(document.createElement('hr'));
const xml = new window.DOMParser().parseFromString('<r><a k="1"/><a k="2"/></r>', 'application/xml'); console.log([...xml.getElementsByTagName('a')].map(a => a.getAttribute('k')).join(), new window.XMLSerializer().serializeToString(xml));
const purify = createDOMPurify(new JSDOM('').window);
console.log(purify.sanitize('<img src=x onerror=alert(1)><a href="javascript:evil()">x</a><b>ok</b><script>bad()</script><svg><g onload=x></g></svg>'));
console.log(purify.sanitize('<p style="color:red" class="c">t</p><iframe src="//x"></iframe>', { ALLOWED_TAGS: ['p'], ALLOWED_ATTR: ['class'] }));
console.log(dom.serialize().length > 300, document.documentElement.outerHTML.includes('data-mark="2-4-6"'));
setTimeout(() => { window.close(); console.log('closed'); }, 10);
