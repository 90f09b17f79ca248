module.exports = {p: module.parent && module.parent.id === '.', who: 'dep'};
