package lookup

import (
	"strings"
	"unicode"

	"storybot/knowledge"
)

// A hometown premodifying a role noun (part of stage 4, places): news
// writing identifies a person by a place name set before the noun of
// their job or standing, as an attributive noun ("a Duluth librarian",
// "a Lubbock County rancher", "a Kennesaw-based financial planner", "a
// Brooklyn father of three"; Quirk et al. 1985, §17.108 on proper nouns
// as premodifiers, and the AP Stylebook's identification of a person by
// hometown), so "where is she from" is answered by that place when the
// person's description has one. The capitalised premodifier is a place
// only when it is no other kind of name: a place the article or the
// gazetteer knows, a name marked as a location by "-based", or a name
// the article knows as no entity that is neither a title, a party, a
// nationality ("an English teacher", "a Russian diplomat": a demonym's
// form, Quirk et al., Appendix I.50) nor a word the lexicon files as an
// organisation ("a Navy pilot"), nor a genitive ("Sessions' spokeswoman":
// an owner, Quirk et al. 1985, §5.115); an organisation the article names ("two
// Ohio State students", "a Google engineer") is an employer or a school,
// not a hometown.

// placedRoleRe is a description opening with up to two lower-case words
// (its determiner, capitalised at a sentence's start, and a modifier such
// as "retired"), then a run of
// capitalised words, perhaps joined to "-based", then a lower-case word:
// the role noun the names premodify.
var placedRoleRe = lazyRE(`^(?:(?:[Aa]n?|[Tt]he|[a-z][\w’'-]*)\s+){0,2}([A-Z][\w.’']*(?:(?:\s+|-)[A-Z][\w.’']*)*)(-based)?\s+[a-z]`)

// placedRoleHome answers where person x is from by the place that
// premodifies the noun of one of x's descriptions: the earliest in the
// article, as AP style identifies a person by hometown on first reference
// ("a Marietta school bus driver" in the lead before "a Cobb County
// grandmother of five" further down).
func (e *Engine) placedRoleHome(x int) (reply, bool) {
	best, at := reply{}, -1
	for _, r := range e.rolesOf(x) {
		if r.past || r.s == nil {
			continue
		}
		m := placedRoleRe.FindStringSubmatchIndex(r.text)
		if m == nil || !e.premodifyingPlace(r.text[m[2]:m[3]], m[4] >= 0, m[2] == 0 && sentenceInitial(r)) {
			continue
		}
		if i := e.indexOf(r.s); at < 0 || i < at {
			best, at = reply{found: true, head: r.text[m[2]:m[3]] + ".", used: []*sentence{r.s}}, i
		}
	}
	return best, at >= 0
}

// sentenceInitial reports whether role r opens its sentence with no
// determiner, so that its first word is capitalised by its place alone
// ("Race director Mel Ortiz said").
func sentenceInitial(r role) bool {
	return r.text != "" && unicode.IsUpper([]rune(r.text)[0]) && strings.HasPrefix(strings.TrimLeft(r.s.text, " \"“‘'"), r.text)
}

// premodifyingPlace reports whether the capitalised premodifier name of a
// role noun names a place: based says "-based" follows it, initial that
// the name opens its sentence, where a capital marks no proper noun (AP
// Stylebook, "capitalization"), so only a place the article or the
// gazetteer knows is read there.
func (e *Engine) premodifyingPlace(name string, based, initial bool) bool {
	if genitiveWord(name) {
		return false
	}
	toks := tokenize(name)
	for _, t := range toks {
		if stopWords[t.lower] || monthWord(t) || isWeekday(t) || isTitleWord(t.lower) || partyWord(t.lower) != "" {
			return false
		}
	}
	if based || knowledge.GazetteerPlace(name) != "" {
		return true
	}
	for _, ent := range e.a.Entities {
		if knowsWords(ent, name) {
			return ent.Kind == knowledge.Place
		}
	}
	if len(toks) == 0 || initial && !e.properAtStart(toks) {
		return false
	}
	last := strings.ToLower(toks[len(toks)-1].text)
	return !demonymLike(last) && (e.noLex || !e.lex.KindOf(last, "organization"))
}

// genitiveWord reports whether a word of a name is written as a genitive,
// with "'s" or a bare apostrophe after "s" ("Sessions' spokeswoman").
func genitiveWord(name string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(name, "’", "'")) {
		if strings.HasSuffix(w, "'") || strings.HasSuffix(w, "'s") {
			return true
		}
	}
	return false
}

// properAtStart reports whether every word of a sentence-initial name is
// a proper noun by itself: one the lexicon spells only with a capital
// ("Newport") or does not know as an English word at all ("Sequim"), so
// that its capital is not owed to its place alone ("Race director").
func (e *Engine) properAtStart(toks []token) bool {
	if e.noLex {
		return false
	}
	for _, t := range toks {
		if e.lex.IsWord(t.lower) && !e.lex.ProperOnly(t.lower) {
			return false
		}
	}
	return true
}
