-- V9_2 wrote the English titles' possessives without their apostrophe ("the citys universities"): put it back.
update tasks.task
   set title_en = replace(replace(replace(replace(title_en,
           'citys', 'city''s'), 'Hangzhous', 'Hangzhou''s'), 'bodys', 'body''s'), 'Chinas', 'China''s')
 where title_en ~ '\m(citys|Hangzhous|bodys|Chinas)\M';

update tasks.task
   set description_en = replace(replace(replace(replace(description_en,
           'citys', 'city''s'), 'Hangzhous', 'Hangzhou''s'), 'bodys', 'body''s'), 'Chinas', 'China''s')
 where description_en ~ '\m(citys|Hangzhous|bodys|Chinas)\M';
