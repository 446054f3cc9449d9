const { buildSchema, isListType, getNullableType, isObjectType, getNamedType, isInterfaceType, isUnionType } = require('graphql');
const fs = require('fs');
const schema = buildSchema(fs.readFileSync(process.argv[2], 'utf8'));
for (const type of Object.values(schema.getTypeMap())) {
  if (type.name.startsWith('__')) continue;
  if (!isObjectType(type) && !isInterfaceType(type)) continue;
  for (const field of Object.values(type.getFields())) {
    const t = getNullableType(field.type);
    const named = getNamedType(field.type);
    const composite = isObjectType(named)||isInterfaceType(named)||isUnionType(named);
    const args = field.args.map(a => a.name + ':' + a.type + (a.defaultValue!==undefined?'='+a.defaultValue:'')).join(',');
    if (isListType(t) || args.includes('first')) console.log(`${type.name}.${field.name}\t${field.type}\t${composite?'OBJ':'scalar'}\t${args}`);
  }
}
