require('reflect-metadata');
const { __decorate, __metadata } = require('tslib');
const cv = require('class-validator');
const ct = require('class-transformer');
class Address { }
__decorate([cv.IsString(), cv.Length(2, 10)], Address.prototype, 'city', void 0);
__decorate([cv.IsPostalCode('DE')], Address.prototype, 'zip', void 0);
class User { }
__decorate([cv.IsInt(), cv.Min(0), cv.Max(150)], User.prototype, 'age', void 0);
__decorate([cv.IsEmail()], User.prototype, 'email', void 0);
__decorate([cv.IsOptional(), cv.IsUrl()], User.prototype, 'site', void 0);
__decorate([cv.IsIn(['a', 'b'])], User.prototype, 'kind', void 0);
__decorate([cv.ValidateNested({ each: true }), ct.Type(() => Address), __metadata('design:type', Array)], User.prototype, 'addresses', void 0);
__decorate([ct.Transform(({ value }) => new Date(value)), cv.IsDate(), cv.MaxDate(new Date(Date.UTC(2030, 0)))], User.prototype, 'born', void 0);
__decorate([ct.Exclude()], User.prototype, 'password', void 0);
const plain = { age: 200.5, email: 'nope', site: 'ftp//x', kind: 'c', addresses: [{ city: 'B', zip: '1234' }, { city: 'Berlin', zip: '10115' }], born: '2040-01-01T00:00:00Z', password: 's' };
const u = ct.plainToInstance(User, plain);
console.log(u instanceof User, u.addresses[0] instanceof Address, u.born instanceof Date, JSON.stringify(ct.instanceToPlain(u)));
const errs = cv.validateSync(u);
const flat = (es, p = '') => es.flatMap((e) => [...Object.entries(e.constraints || {}).map(([k, m]) => `${p}${e.property} ${k}: ${m}`), ...flat(e.children || [], p + e.property + '.')]);
console.log(flat(errs).join('\n'));
const good = ct.plainToInstance(User, { age: 30, email: 'a@b.de', kind: 'a', addresses: [{ city: 'Köln', zip: '50667' }], born: '1990-05-05T00:00:00Z' });
cv.validate(good).then((e) => console.log('good', e.length));
console.log(cv.isISO8601('2024-02-30'), cv.isCreditCard('4111111111111111'), cv.isUUID('123e4567-e89b-42d3-a456-426614174000', 4), cv.isHexColor('#abc'), cv.isPhoneNumber('+49 30 123456', 'DE'));
