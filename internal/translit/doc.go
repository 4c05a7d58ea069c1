// Package translit writes personal names across the three scripts of
// TalentBridge (Cyrillic, Chinese characters, Latin) and compares them.
//
// It has four layers:
//
//   - converters: Russian to Latin in six systems (RuToLatin), Russian to
//     Chinese by the Xinhua tables with a dictionary of conventional forms
//     (RuToZh, RuNameToZh), Chinese to pinyin per GB/T 28039-2011 (ZhToPinyin,
//     ParseZh), pinyin to Cyrillic by the Palladius system (PinyinToCyrillic)
//     and back (CyrillicToPinyin), pinyin to Wade–Giles (PinyinToWadeGiles);
//   - folding: Key maps any spelling of a name part to a lenient key, so that
//     Iurii, Yuri, Jurij and Юрий meet;
//   - people: NewPerson turns the name of an expert (one form per language)
//     into role-aware alias sets; Aliases flattens them for a search index and
//     QueryForms expands a query the same way;
//   - matching: Person.Match and MatchName accept free order, initials and
//     any script; NameSimilarity scores two people for duplicate detection.
//
// Everything is pure: tables are compiled in and never modified, so every
// function is safe for concurrent use.
package translit
