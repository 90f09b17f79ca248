const i18next = require('i18next');
const pluralize = require('pluralize');
i18next.init({ lng: 'en', fallbackLng: 'en', resources: {
  en: { translation: { hello: 'Hello {{name}}!', item_one: '{{count}} item', item_other: '{{count}} items', nested: { deep: 'Deep $t(hello)' }, ctx_male: 'He', ctx_female: 'She', esc: '{{v}}' } },
  de: { translation: { hello: 'Hallo {{name}}!', item_one: '{{count}} Ding', item_other: '{{count}} Dinge' } },
  ar: { translation: { item_zero: 'zero', item_one: 'one', item_two: 'two', item_few: 'few', item_many: 'many', item_other: 'other' } },
} }, (err, t) => {
  console.log(t('hello', { name: 'Ann' }), t('item', { count: 1 }), t('item', { count: 5 }), t('nested.deep', { name: 'X' }), t('ctx', { context: 'female' }), t('missing.key'), t('esc', { v: '<b>' }), t('esc', { v: '<b>', interpolation: { escapeValue: false } }));
  i18next.changeLanguage('de').then(t2 => {
    console.log(t2('hello', { name: 'Bo' }), t2('item', { count: 2 }), t2('nested.deep', { name: 'Y' }), i18next.language);
    console.log([0, 1, 2, 3, 11, 100].map(n => i18next.t('item', { count: n, lng: 'ar' })).join(','));
  });
});
console.log(pluralize('person'), pluralize('octopus'), pluralize.singular('geese'), pluralize('test', 1, true), pluralize('test', 4, true), pluralize.isPlural('sheep'), pluralize('Matrix'), pluralize('CHILD'));
pluralize.addIrregularRule('foot', 'feet'); console.log(pluralize('foot'), pluralize.singular('feet'));
