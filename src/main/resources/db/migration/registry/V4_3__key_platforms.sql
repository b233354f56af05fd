-- The key platforms of seed 001's corridor and cluster tables become parks of the registry, key platforms of
-- their groups. The plan gives neither their district, level, type nor year of recognition, so those stay empty
-- (type PLATFORM) until an import or an administrator supplies them.
insert into registry.park (name_zh, type, key_platform, source)
select distinct on (name_zh) name_zh, 'PLATFORM', true, source
  from plans.group_platform
 order by name_zh, group_code;

insert into registry.park_group (park_id, group_code)
select p.id, g.group_code
  from plans.group_platform g
  join registry.park p on p.name_zh = g.name_zh;
