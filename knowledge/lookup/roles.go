package lookup

import (
	"regexp"
	"slices"
	"strings"

	"storybot/knowledge"
)

// Roles, part of reading: what the article calls each person, in the
// constructions English news uses to introduce people (AP Stylebook,
// "titles"; Quirk et al., §17.65–17.93 on appositives):
//
//   - a title or description before the name: "Russian ambassador Sergey
//     Kislyak", "Sacramento coach Renee Dubois", "Secretary of State Lena
//     Marchetti";
//   - an appositive after it: "Trevor Oakes, Brandt's campaign manager,";
//     "Calloway, 51, a former high school chemistry teacher";
//   - an appositive before it: "the referee, Olivia Grant";
//   - a role in passing: "Lee, as a member of the Transport Committee,",
//     "While still a state senator, Ann Lee";
//   - an AP party-and-state tag: "Sen. Mark Hale, D-Ore.".

// role is one description of a person, with the sentence that gives it.
type role struct {
	text  string
	words []token // roleWords(text), read when the engine is built
	s     *sentence
	past  bool // given in passing ("while still a senator", "in his capacity as a senator") or as former: not what the article calls them now
}

// postAppositive is ", <description>," right after a name: an optional age,
// then a noun phrase that opens with a determiner, a possessive or a
// lower-case word, or a nonrestrictive relative clause whose simple
// present tells where the person lives or what they do ("Maria Torres,
// 58, who lives in Ferndale": the habitual present of a lasting state,
// Quirk et al. 1985, §4.6, and §17.22 on the nonrestrictive relative).
var postAppositive = lazyRE(`^,\s+(?:\d{1,3},\s+)?((?:a|an|the|his|her|their|its|as a|as an|as the|who is|who was|who leads|who heads|who (?:lives|works|owns|runs|teaches|manages|directs|coaches|represents|chairs|oversees|farms|attends)|[A-Z][\w.'’-]*(?:'s|’s))\s[^,;:"“”()]*?)(?:,|;|\.$|\.\s|$| -| —)`)

// roleAppositive is ", <role noun> of|for|at <organisation>," right after a
// name, with an optional age: the appositive of a unique role takes no
// article ("Harold Vance, 71, president of the neighborhood group …,";
// Quirk et al., §5.34: zero article with nouns of unique role). The role
// noun may have up to two premodifiers ("chief economist at Harwick
// Bank", "vice president of sales"; premodifiedrole.go).
var roleAppositive = lazyRE(`^,\s+(?:\d{1,3},\s+)?(((?:[a-z][\w-]*\s){0,2})([a-z][\w-]*)\s(?:of|for|at)\s[^,;:"“”()]*?)(?:,|;|\.$|\.\s|$| -| —)`)

// preAppositive is "the <description>, <name>" ending right before a name;
// the description may open with a possessive determiner ("her spokesman,
// Devin Shore"), capitalised when it opens the sentence ("His mother,
// Karen Brandvold,").
var preAppositive = lazyRE(`(?:^|[,;(—-]\s*|\s)((?:(?i:the|a|an|his|her|their|its)|[A-Z][\w.'’-]*(?:'s|’s))\s+[^,;:"“”()]{0,60}?[a-z]{3,}),\s*$`)

// identifiedAs is "the <description>, identified as" ending right before
// a name, with an optional "who was", "later" or "by police": news
// writing describes a person by role first and names them after (the
// delayed identification of AP style; AP Stylebook, "lead"), so "The
// clerk, identified as Harold Benning," calls Benning the clerk.
var identifiedAs = lazyRE(`(?:^|[,;(—-]\s*|\s)((?i:the|a|an)\s+[^,;:"“”()]{0,60}?[a-z]{3,}),\s*(?:who (?:was|has been|had been) )?(?:later |since |officially )?identified (?:by [^,;:"“”()]{1,40}? )?as\s+$`)

// passingRole is "while still a <role>," or "as a <role>," before a name.
var passingRole = lazyRE(`(?i)\b(?:while (?:still )?|as |then-)(an? [^,;]{3,50}|the [^,;]{3,50})[,]?\s*$|\bwhile (?:still )?(?:he was |she was )?((?:an? )?(?:[A-Z][\w.]*\s+)*[A-Z][a-z]+),\s*(?:he|she)?\s*$`)

// describedBy returns the words of all x's descriptions, read once when
// the engine is built (roleWords over every role). Once built, the slice
// is shared by every goroutine that answers, and must not be changed:
// join it with slices.Concat, never append to it (an append into its
// spare capacity was a data race TestAnswerSetsConcurrent found in CI).
func (e *Engine) describedBy(x int) []token {
	if e.roleToks != nil {
		return e.roleToks[x]
	}
	var texts []string
	var companies []token
	for _, r := range e.rolesOf(x) {
		texts = append(texts, e.clauseRoleText(r.text)) // "who was riding with his daughter": no daughter (possessedrelative.go)
		companies = append(companies, e.referentOfRole(r)...)
		companies = append(companies, e.leadCompanyOfTitle(x, r)...) // "Chief Executive Priya Raman" of the lead's company (leadcompanytitle.go)
	}
	return append(e.roleWords(strings.Join(texts, " ; ")), companies...) // "the company's" names the company
}

// wordsOf is the words of role r, as read when the engine was built.
func (e *Engine) wordsOf(r role) []token {
	if r.words != nil {
		return r.words
	}
	return e.roleWords(r.text)
}

// rolesOf returns every description the article gives person x (read
// once, when the engine is built).
func (e *Engine) rolesOf(x int) []role {
	if e.roles != nil {
		return e.roles[x]
	}
	return e.readRoles(x)
}

// readRoles collects every description the article gives person x.
func (e *Engine) readRoles(x int) []role {
	ent := e.a.Entities[x]
	var out []role
	past := false // set while adding a role given in passing as former
	add := func(text string, s *sentence) {
		text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(text), ","))
		if text == "" || len(text) > 90 {
			return
		}
		for k, r := range out {
			switch lr, lt := strings.ToLower(r.text), strings.ToLower(text); {
			case strings.Contains(lr, lt):
				return
			case strings.Contains(lt, lr):
				out[k] = role{text: text, s: s, past: past || r.past} // the fuller form
				return
			}
		}
		l := strings.ToLower(text)
		out = append(out, role{text: text, s: s, past: past || strings.HasPrefix(l, "former") || strings.HasPrefix(l, "then-") || strings.HasPrefix(l, "ex-")})
	}
	if ent.Kind != knowledge.Person {
		return nil
	}
	if r := strings.TrimSpace(ent.Role); r != "" && strings.Contains(r, " ") {
		full, s := e.fullestRole(r)
		if s != nil {
			add(full, s)
		}
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if !contains(s.named, x) || s.part != "" {
			continue
		}
		for _, sp := range e.nameSpans(s, x) {
			if e.insideOtherName(s, x, sp) {
				continue // "Dr. Leonard Voss": not his wife Marian Voss's "Voss"
			}
			before, after := s.text[:sp[0]], s.text[sp[1]:]
			app := skipPartyTag(after)
			if m := postAppositive.FindStringSubmatch(app); m != nil && !isAgeOnly(m[1]) {
				add(strings.TrimPrefix(strings.TrimPrefix(m[1], "as "), "who is "), s)
			}
			if r := e.zeroArticleRole(app); r != "" {
				add(r, s)
			}
			if r := copulaDescription(before, after); r != "" {
				add(r, s) // "Marian Voss is a former high school chemistry teacher."
			}
			if t := e.singleTitleBefore(before, after); t != "" {
				add(t, s)
			}
			if m := preAppositiveMatch(before, after); m != nil {
				d := fromPossessor(lastDeterminer(m[1]))
				prev := lastWord(strings.TrimSuffix(strings.TrimSpace(before[:strings.LastIndex(before, d)]), ","))
				// "while he was a senator, Sessions": a predicate in a clause
				// of its own, not an appositive; a past one
				past = prev == "was" || prev == "were" || prev == "been"
				add(e.ownedRole(d, s, strings.LastIndex(before, d), x), s) // "His sister": the sister of the one "his" refers to
				past = false
			}
			if m := identifiedAs.FindStringSubmatch(before); m != nil {
				add(m[1], s) // "The clerk, identified as Harold Benning"
			}
			if m := passingRole.FindStringSubmatch(before); m != nil {
				past = true // a role in passing is not the one the article gives now
				add(m[1]+m[2], s)
				past = false
			}
			for _, r := range trailingRoles(before, after) {
				add(r, s)
			}
		}
	}
	return out
}

// preAppositiveMatch is preAppositive's match before a name, or nil when
// the name is the subject of an attribution right after it.
func preAppositiveMatch(before, after string) []string {
	if attributionAfter(after) {
		return nil
	}
	return preAppositive.FindStringSubmatch(ageless(before))
}

// attributionAfter reports whether the name just read is the subject of an
// attribution verb right after it, with no comma between ("… in the
// state, Okafor said."): a medial appositive is set off by commas on both
// sides (AP Stylebook, "comma": nonessential phrases; Quirk et al. 1985,
// ch. 17 on non-restrictive apposition), so a noun phrase before the name
// ends the reported words and describes no one.
func attributionAfter(after string) bool {
	f := strings.Fields(after)
	return len(f) > 0 && speechVerbs[strings.TrimRight(f[0], ".,;")]
}

// trailingRoles are the roles read last around a name: one an appointing
// verb gives with "as" ("named Deputy Chief Lorraine Baca … as interim
// chief") and an AP party-and-state tag right after it.
func trailingRoles(before, after string) []string {
	var out []string
	if r := appointedAs(before, after); r != "" {
		out = append(out, r)
	}
	if m := servesAs.FindStringSubmatch(after); m != nil {
		out = append(out, roleBeforeAdjunct(m[1])) // "Luis Baca will serve as interim coach"
	}
	if m := leadingPartyTag.FindString(after); m != "" {
		out = append(out, strings.TrimSpace(strings.TrimPrefix(m, ","))) // "D-Fort Amity": a hometown of two words whole
	} else if m := partyTag.FindStringSubmatch(after); m != nil && strings.Index(after, m[0]) <= 3 {
		out = append(out, m[0])
	}
	return out
}

// leadingPartyTag is an AP party-and-state tag right after a name
// (", R-Barrow", ", D-Fort Amity").
var leadingPartyTag = lazyRE(`^,\s+[DRI]-[A-Z][\w.'’-]*(?:\s+[A-Z][\w'’-]*)*`)

// skipPartyTag drops a party-and-state tag after a name, so the appositive
// AP style writes after it is read as the name's: "Sen. Glen Ash, R-Barrow,
// the chairman of the Senate Education Committee,".
func skipPartyTag(after string) string {
	if m := leadingPartyTag.FindString(after); m != "" {
		return after[len(m):]
	}
	return after
}

// isAgeOnly reports whether an appositive is only an age.
func isAgeOnly(s string) bool { return strings.Trim(s, "0123456789 ") == "" }

// titleBefore is the run of title and description words that stands right
// before a name: it must hold a title word ("coach", "Sen.", "ambassador")
// and may open with a place, a nationality or an organisation
// ("Tacoma defender", "Russian ambassador", "Secretary of State").
func titleBefore(before string, isPerson, canPremodify func(string) bool) string {
	toks := tokenize(before)
	if len(toks) == 0 || strings.TrimSpace(before[toks[len(toks)-1].end:]) != "" {
		return ""
	}
	start, hasTitle, limit := len(toks), false, len(toks)-5
	for k := len(toks) - 1; k >= 0 && k >= limit; k-- {
		t := toks[k]
		l := strings.TrimSuffix(t.lower, ".")
		if saidTitleEnd(l) {
			break // "Said Regional Supervisor Joan Whitacre:" (saidnotitle.go)
		}
		if isTitleWord(l) || k == len(toks)-1 && formalTitle(t, isPerson, canPremodify) {
			hasTitle = true
		} else if titleModifiers[l] && hasTitle {
			// "former governor", "acting director"
		} else if !(t.cap || t.lower == "of" || t.poss) || stopWords[t.lower] && t.lower != "of" {
			break
		}
		if k+1 < len(toks) && strings.ContainsAny(before[t.end:toks[k+1].start], ",;:\"“”—(") {
			break
		}
		start = k
	}
	if !hasTitle && start == len(toks) {
		return occupationBefore(before, toks, isPerson, canPremodify)
	}
	if !hasTitle || start == len(toks) {
		return ""
	}
	for start < len(toks) && toks[start].lower == "of" {
		start++
	}
	return strings.TrimSpace(before[toks[start].start:])
}

// canPremodify reports whether w, no regular past form, may premodify
// an occupational noun: not an irregular form of a verb WordNet lists
// ("gave", "sent", "took"), save the -men plurals, which are nouns
// ("women", "firemen").
func (e *Engine) canPremodify(w string) bool {
	if e.noLex {
		return true
	}
	l := e.lex.Lemma(w)
	return l == "" || strings.HasSuffix(l, "man") || !e.canBe(l, "verb")
}

// formAt is the length in tokens of the longest form of x at token i, or
// 0.
func (e *Engine) formAt(s *sentence, x, i int) int {
	n := 0
	for _, f := range e.r.ents[x].forms {
		if len(f) > n && matchForm(s.toks, i, f) {
			n = len(f)
		}
	}
	return n
}

// nameSpans are the byte spans of s where x is named.
func (e *Engine) nameSpans(s *sentence, x int) [][2]int {
	var out [][2]int
	for i := 0; i < len(s.toks); i++ {
		if best := e.formAt(s, x, i); best > 0 {
			end := s.toks[i+best-1].end
			if s.toks[i+best-1].poss {
				end = -1 // "Hale's spokesman" describes someone else
			}
			if end > 0 {
				out = append(out, [2]int{s.toks[i].start, end})
			}
			i += best - 1
		}
	}
	return out
}

// roleHolders returns the people whose description holds every word the
// question qualifies the role with ("the French ambassador", "Hale's
// spokesman"), and whether the question asked for a role at all.
func (e *Engine) roleHolders(q *query) ([]int, []role) {
	var holders []int
	var rs []role
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person || contains(q.subjects, x) {
			continue
		}
		roles := e.rolesOf(x)
		if len(roles) == 0 {
			continue
		}
		if e.roleFits(q, e.describedBy(x)) {
			holders = append(holders, x)
			rs = append(rs, e.bestRole(q, roles))
		}
	}
	return e.wholeRoleHolders(q, holders, rs)
}

// bestRole is the description that holds most of the question's terms.
func (e *Engine) bestRole(q *query, roles []role) role {
	best, bestN := roles[0], -1
	for _, r := range roles {
		n := 0
		for _, tok := range e.wordsOf(r) {
			for _, t := range q.terms {
				if t.matches(tok) {
					n++
				}
			}
		}
		if n > bestN {
			best, bestN = r, n
		}
	}
	return best
}

// acronymRes find each title acronym as a word, compiled once.
var acronymRes = func() map[string]*lazyRegexp {
	m := map[string]*lazyRegexp{}
	for acr := range titleAcronyms {
		m[acr] = lazyRE(`\b` + regexp.QuoteMeta(acr) + `\b`)
	}
	return m
}()

// prosecutorTitle is an American public prosecutor's title: the attorney
// of a federal district (and an assistant), of a county or district, or of
// a state or commonwealth (AP Stylebook, "attorney general, district
// attorney, U.S. attorney"; WordNet files "district attorney" under
// "prosecutor"), so "the prosecutor" asks for whoever holds one.
var prosecutorTitle = lazyRE(`(?i)\b(?:u\.\s?s\.|united states|district|county|state's|commonwealth's|prosecuting)\s+attorney\b`)

// roleWords are the tokens of a description, with AP title abbreviations
// written out ("Sen." → senator) and party-and-state tags read ("D-Ore."
// → Democrat, Democratic, Oregon, represents).
func (e *Engine) roleWords(text string) []token {
	var out []token
	lower := strings.ToLower(text)
	for acr, long := range titleAcronyms {
		switch {
		case strings.Contains(lower, long):
			out = append(out, newToken(acr, 0, 0))
		case acronymRes[acr].MatchString(lower):
			out = append(out, tokenize(long)...)
		}
	}
	if prosecutorTitle.MatchString(text) {
		out = append(out, newToken("prosecutor", 0, 0))
	}
	for _, t := range e.lemmatize(tokenize(text)) {
		out = append(out, t)
		if full := titleAbbrevs[strings.TrimSuffix(t.lower, ".")]; full != "" {
			out = append(out, newToken(full, t.start, t.end))
		}
		if m := partyTag.FindStringSubmatch(t.text); m != nil {
			for _, w := range []string{partyNames[m[1]], "democratic", knowledge.USState(m[2]), "represents", "from"} {
				if w != "" && (w != "democratic" || m[1] == "D") {
					out = append(out, tokenize(w)...)
				}
			}
		}
	}
	return e.lemmatize(out)
}

// roleFits reports whether a description holds all of a question's terms
// and names its entities (the possessor of "Hale's spokesman"). A
// who-question whose verb is in the past tense asks who did an act, not
// who holds a role, which is a standing state named by a noun (Quirk et
// al., §4.11 on dynamic and stative meaning): "who fired him" is not
// answered by a "Fire Chief", though "who coaches them" is by a coach.
func (e *Engine) roleFits(q *query, toks []token) bool {
	if t, ok := e.askedAct(q); ok && strings.HasSuffix(t.lower, "ed") {
		return false
	}
	for _, t := range q.terms {
		ok := false
		for k, tok := range toks {
			if e.relationMeets(t, tok) || spelledPhraseAt(t, toks, k) { // "gm": the description's "general manager"
				ok = true
			}
		}
		if !ok && !e.bodyOfKindNamed(t, toks) {
			return false
		}
	}
	return (e.namesAll(toks, q.subjects) || e.genitivePlacesNamed(q, toks)) && len(q.terms) > 0
}

// bodyOfKindNamed reports whether toks name a body whose full name is
// headed by the question's term t: "the university president" is
// "Northern State's president" when the article's Northern State is
// "Northern State University". A body's name ends in the common noun of
// its kind ("Northern State University", "the Iowa Lottery"), and a
// definite description by that noun refers back to the body so named
// (Quirk et al. 1985, §5.28 on anaphoric "the"; AP style calls a body by
// the head of its name on second reference: "the university"), so the
// noun premodifying a role asks for the role of that body.
func (e *Engine) bodyOfKindNamed(t term, toks []token) bool {
	for x, ent := range e.a.Entities {
		if ent.Kind == knowledge.Person {
			continue
		}
		f := strings.Fields(strings.ToLower(ent.Name))
		if len(f) < 2 || !t.matchesStem(stemOf(f[len(f)-1])) {
			continue
		}
		if e.namesAll(toks, []int{x}) {
			return true
		}
	}
	return false
}

// genitivePlacesNamed reports whether every subject of q is named in toks,
// a place the question writes in the genitive also by its adjective
// ("Russia's ambassador": the "Russian ambassador"; demonymOf). A place
// after "to" or "in" is another relation ("the ambassador to Russia").
func (e *Engine) genitivePlacesNamed(q *query, toks []token) bool {
	for _, x := range q.subjects {
		if e.namesAll(toks, []int{x}) {
			continue
		}
		if e.r.ents[x].kind != knowledge.Place || !e.namedInGenitive(q, x) {
			return false
		}
		byAdjective := false
		for _, f := range e.r.ents[x].forms {
			for _, tok := range toks {
				byAdjective = byAdjective || len(f) == 1 && e.demonymOf(tok, f[0])
			}
		}
		if !byAdjective {
			return false
		}
	}
	return len(q.subjects) > 0
}

// demonymOf reports whether the article's capitalised adjective tok is
// the adjective of the place named place: a country's
// genitive and its adjective of nationality classify a role alike
// ("Russia's ambassador", "the Russian ambassador"; Quirk et al. §5.116
// and §7.26 on the genitive and the proper adjective), which WordNet
// links by its pertainym pointer ("Russian" pertains to Russia).
func (e *Engine) demonymOf(tok token, place string) bool {
	if e.noLex || !tok.cap || len(tok.lower) < 4 || !e.canBe(tok.lower, "adj") {
		return false
	}
	return place != tok.lower && slices.Contains(e.lex.Related(tok.lower), place)
}

// namedInGenitive reports whether the question names x with the genitive
// 's ("Russia's").
func (e *Engine) namedInGenitive(q *query, x int) bool {
	for i, t := range q.toks {
		if !t.poss {
			continue
		}
		for _, f := range e.r.ents[x].forms {
			if k := i - len(f) + 1; k >= 0 && matchForm(q.toks, k, f) {
				return true
			}
		}
	}
	return false
}

// spelledPhraseAt reports whether term t, an abbreviation written in
// lower case as chat writes a title's initials ("gm", "cfo"), meets the
// words at token k of a description that those initials spell, in order
// ("general manager"; AP Stylebook, "abbreviations and acronyms"): a
// phrase the term stands for by any other link is not its spelling.
func spelledPhraseAt(t term, toks []token, k int) bool {
	for _, p := range t.phrases {
		if len(p) != len(t.lower) || k+len(p) > len(toks) {
			continue
		}
		ok := true
		for j := range p {
			ok = ok && toks[k+j].lower != "" && toks[k+j].lower[0] == t.lower[j] && (toks[k+j].meets(p[j]) || toks[k+j].lower == p[j])
		}
		if ok {
			return true
		}
	}
	return false
}

// isTitleWord reports whether a word is a title, or a hyphenated word with
// one ("Attorney-General", "then-President").
func isTitleWord(l string) bool {
	for _, p := range strings.Split(l, "-") {
		if personTitles[strings.TrimSuffix(p, ".")] {
			return true
		}
	}
	return false
}

// roleComplement is the prepositional complement a role takes in its
// fullest mention ("ambassador to the U.S.", "chairman of the panel").
var roleComplement = lazyRE(`^\s+((?:to|of|for|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:of\s+)?[A-Z][\w.'’-]*)*)`)

// fullestRole finds the longest mention of a role in the article, with its
// complement, and the sentence that holds it.
func (e *Engine) fullestRole(r string) (string, *sentence) {
	best, at := "", (*sentence)(nil)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		k := strings.Index(s.text, r)
		if s.part != "" || k < 0 {
			continue
		}
		full := r
		if m := roleComplement.FindStringSubmatch(s.text[k+len(r):]); m != nil {
			full = r + " " + strings.TrimSuffix(m[1], ",")
		}
		if len(full) > len(best) {
			best, at = full, s
		}
	}
	return best, at
}

// possessorRe finds a capitalised possessor inside a description.
var possessorRe = lazyRE(`[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:'s|’s)\s`)

// fromPossessor starts a description at its last possessor: "the email
// account of Hillary Clinton's campaign manager" → "Hillary Clinton's
// campaign manager".
func fromPossessor(d string) string {
	locs := possessorRe.FindAllStringIndex(d, -1)
	if len(locs) == 0 || locs[len(locs)-1][0] == 0 {
		return d
	}
	return d[locs[len(locs)-1][0]:]
}

// titleModifiers qualify a title before a name (AP Stylebook, "former";
// "acting"; "titles").
var titleModifiers = map[string]bool{"former": true, "acting": true, "interim": true, "deputy": true,
	"vice": true, "assistant": true, "associate": true, "late": true, "then": true, "senior": true,
	"chief": true, "state": true, "federal": true, "national": true, "head": true}

// namedByHead reports whether toks name organisation x by its head noun
// after "the" ("the committee's chairman" names the Armed Services
// Committee), as news writing refers back to a body named in full, or by
// the head as a noun premodifier after "a" or opening the description
// ("a company spokeswoman", "company spokeswoman Lauren Kessling", as AP
// style writes a title before a name: a spokeswoman of the company) when
// no other organisation of the article has that head. A head AP style abbreviates ("Co.") is read written out,
// and one it clips with a hyphen ("co-op") is read as the head.
func (e *Engine) namedByHead(toks []token, x int) bool {
	head, ok := e.orgHead(x)
	if !ok {
		return false
	}
	unique := true
	for y := range e.r.ents {
		if h, ok := e.orgHead(y); ok && y != x && h == head {
			unique = false
		}
	}
	for i := 0; i < len(toks); i++ {
		if !stemsMeet(toks[i].stem, head) && !hyphenedClipping(toks[i].stem, head) {
			continue // "co-op general manager": of the Grain Cooperative (hyphenclip.go)
		}
		before := ";" // a description's first word: a title written before the name
		if i > 0 {
			before = toks[i-1].lower
		}
		switch before {
		case "the":
			return true
		case "a", "an", ";":
			if unique && i+1 < len(toks) && toks[i+1].lower != ";" {
				return true
			}
		}
	}
	return false
}

// orgHead is the stem of the last word of organisation x's name of two
// or more words, an AP corporate abbreviation written out.
func (e *Engine) orgHead(x int) (string, bool) {
	if e.r.ents[x].kind != knowledge.Organisation {
		return "", false
	}
	name := tokenize(e.a.Entities[x].Name)
	if len(name) < 2 {
		return "", false
	}
	last := name[len(name)-1]
	if full, ok := corporateAbbrevs[strings.TrimSuffix(last.lower, ".")]; ok {
		return stemOf(full), true
	}
	return last.stem, true
}

// lastDeterminer starts a description at its last article: "the mayor
// said the city manager" → "the city manager". An article right after a
// preposition that postmodifies a short noun phrase opened by the
// article before it opens that phrase's postmodifier (Quirk et al. 1985,
// §17.37), not a description of its own: "a deputy in the office" stays
// whole. "By" is left out: it opens an agent ("found Sunday by a harbor
// patrol officer").
func lastDeterminer(d string) string {
	starts := articleStarts(d)
	if len(starts) == 0 {
		return d
	}
	k := len(starts) - 1
	for k > 0 {
		before := strings.Fields(d[starts[k-1]:starts[k]])
		if len(before) < 2 || len(before) > 4 || !nounPostmodifyingPreps[strings.ToLower(before[len(before)-1])] {
			break
		}
		k-- // "a deputy in | the office": one description
	}
	return d[starts[k]:]
}

// nounPostmodifyingPreps open a prepositional phrase that postmodifies a
// noun ("a deputy in the office", "a clerk at the store").
var nounPostmodifyingPreps = set("in", "of", "at", "for", "on", "from", "with")

// articleStarts are the offsets in d where an article opens a word: at
// its start or after a space.
func articleStarts(d string) []int {
	var out []int
	f := strings.Fields(d)
	at := 0
	for _, w := range f {
		i := strings.Index(d[at:], w) + at
		if l := strings.ToLower(w); l == "the" || l == "a" || l == "an" {
			out = append(out, i)
		}
		at = i + len(w)
	}
	return out
}

// occupationBefore is a lower-case occupational title written right before
// a name, as AP style writes them ("passenger Jordan Reyes", "nurse Maria
// Delgado"): one noun, not a verb, preposition or other function word,
// with the noun that premodifies it ("store owner"), never a verb's past
// form ("the Rivets gave pitcher Sam Okafor": "pitcher Sam Okafor" is
// the verb's object; Quirk et al., §17.97, §17.104: premodifiers are
// adjectives, participles and nouns). A premodifier that opens the
// sentence is capitalised for that alone ("Snowplow operator Dale
// Ruiz", "State ornithologist Ann Roe"; AP Stylebook, "capitalization":
// the first word of a sentence), and is read as the lower-case one.
func occupationBefore(before string, toks []token, isPerson, canPremodify func(string) bool) string {
	t := toks[len(toks)-1]
	l := t.lower
	if t.cap || len(l) < 4 || stopWords[l] || prepositions[l] || speechVerbs[l] || reportingVerbs[l] ||
		strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ly") || isNumeric(t) || !isPerson(l) {
		return "" // "At the confirmation Sessions answered": a confirmation is no kind of person
	}
	if len(toks) > 1 && !strings.ContainsAny(before[toks[len(toks)-2].end:t.start], ",;:") {
		p := toks[len(toks)-2]
		if (!p.cap || opensText(before, p)) && !stopWords[p.lower] && !prepositions[p.lower] && !strings.HasSuffix(p.lower, "ed") && canPremodify(p.lower) {
			return strings.TrimSpace(before[p.start:]) // "store owner Greg Hollins"
		}
	}
	return t.text
}

// opensText reports whether token p opens before, the text of a
// sentence up to a name: a capital there marks the sentence, not a name.
func opensText(before string, p token) bool {
	return strings.TrimSpace(before[:p.start]) == ""
}

// resolveDescriptions ties a definite description to the one person whose
// role it names: "the ambassador", "Russia's ambassador" and "the
// ambassador's conversations" refer to Kislyak when he is the article's
// only ambassador, as news writing names a person once and describes them
// after. A sentence that names someone with that role noun is left alone.
func (e *Engine) resolveDescriptions() {
	holders := map[string][]int{}          // role head noun → people it describes
	roleWords := map[int]map[string]bool{} // person → the words of their roles
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person {
			continue
		}
		roleWords[x] = map[string]bool{}
		for _, r := range e.rolesOf(x) {
			toks := tokenize(r.text)
			for _, t := range toks {
				roleWords[x][t.lower] = true
				if isTitleWord(t.lower) && !contains(holders[t.lower], x) {
					holders[t.lower] = append(holders[t.lower], x)
				}
			}
		}
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k := 1; k < len(s.toks); k++ {
			t := s.toks[k]
			xs := holders[t.lower]
			if len(xs) != 1 || contains(s.named, xs[0]) || contains(s.refs, xs[0]) {
				continue
			}
			if determinedRole(s.toks, k, roleWords[xs[0]]) {
				s.refs = append(s.refs, xs[0])
				e.noteDescription(i, k, xs[0])
			}
		}
	}
}

// determinedRole reports whether the role noun at toks[k] opens a definite
// description: "the" or a possessive before it, with only words of the
// person's own role between ("the Russian ambassador" for a person the
// article calls "Russian ambassador to the U.S."). A news story may
// describe a person by role before it names them (the delayed-identification
// lead; AP Stylebook, "lead"), and the description repeats the role's words.
func determinedRole(toks []token, k int, own map[string]bool) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if p := toks[j]; p.lower == "the" || p.poss {
			return true
		}
		if !own[toks[j].lower] || stopWords[toks[j].lower] {
			return false
		}
	}
	return false
}

// lastWord is the last word of s, lower case.
func lastWord(s string) string {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// isPersonNoun reports whether a noun names a kind of person (WordNet's
// hypernyms); without WordNet every noun may.
func (e *Engine) isPersonNoun(w string) bool {
	if e.noLex {
		return true
	}
	if pre, head, ok := strings.Cut(w, "-"); ok && !e.lex.IsWord(w) && pre != "" && !strings.Contains(head, "-") {
		// "co-founder": WordNet writes the prefixed noun closed
		// ("cofounder"), and an English compound is headed by its last
		// part (Quirk et al., §I.57), so "ex-husband" is a husband
		return e.lex.KindOf(pre+head, "person") || e.lex.KindOf(head, "person")
	}
	return e.lex.KindOf(w, "person") || e.closedPersonCompound(w) // "harbormaster" (closedagent.go)
}

// appointVerbs are verbs that give their object a role named after "as"
// (Levin 1993, §29.1 "appoint verbs" and §29.3 "dub verbs", with the
// hiring verbs news writing uses the same way): "named X as interim
// chief", "hired X as coach".
var appointVerbs = set("named", "appointed", "elected", "nominated", "designated", "installed", "hired", "tapped", "chose", "picked", "selected", "promoted", "names", "appoints", "hires", "taps")

// asRole is the role after "as" that follows a name, past one appositive
// set off by commas: ", a 26-year veteran of the department, as interim
// chief". A genitive may stand in the determiner's place, after "the"
// ("as the district's next superintendent"; Quirk et al. 1985, §5.115 on
// the determinative genitive).
var asRole = lazyRE(`^(?:,[^,;:"“”()]{1,80},)?\s+as\s+((?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)`)

// servesAs is the role the subject holds by a verb of serving with "as"
// right after the name ("Luis Baca will serve as interim coach", "Ann
// Ruiz, who has served as the town's clerk"): "as" introduces the
// subject's role after "serve", "act" and "work" (Quirk et al. 1985,
// §16.21 on the subject-related "as" complement).
var servesAs = lazyRE(`^(?:,\s+who)?\s+(?:will\s+|would\s+|has\s+|had\s+|have\s+|to\s+)?(?:be\s+|been\s+)?(?:serve|serves|served|serving|act|acts|acted|acting|work|works|worked|working)\s+as\s+((?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[a-z][\w-]*['’]s\s+)?(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)`)

// roleBeforeAdjunct is role up to the first word that opens an adjunct
// after it ("interim coach while the school searches": a subordinator or
// a preposition other than the "of" of a role's complement, Quirk et al.
// §17.37).
func roleBeforeAdjunct(role string) string {
	f := strings.Fields(role)
	for i, w := range f {
		if i > 0 && (adjunctOpeners[w] || prepositions[w] && w != "of") {
			return strings.Join(f[:i], " ")
		}
	}
	return role
}

// adjunctOpeners are the subordinators and coordinators that end a role
// written after "as" (Quirk et al. 1985, §14.12 on subordinators).
var adjunctOpeners = set("while", "until", "when", "since", "because", "after", "before", "and", "but", "as", "if", "unless")

// appointedAs is the role an appointing verb before the name gives it
// with "as" after it ("Varga named Deputy Chief Lorraine Baca … as
// interim chief"), or "". The verb may stand before a title written
// before the name.
func appointedAs(before, after string) string {
	m := asRole.FindStringSubmatch(after)
	if m == nil {
		return ""
	}
	f := strings.Fields(before)
	for k := len(f) - 1; k >= 0 && k >= len(f)-5; k-- {
		w := strings.ToLower(strings.Trim(f[k], ",.;:"))
		if appointVerbs[w] {
			return m[1]
		}
		if strings.ContainsAny(f[k], ",;:") || !isTitleWord(strings.TrimSuffix(w, ".")) && w == strings.ToLower(f[k]) && f[k] == strings.ToLower(f[k]) {
			return "" // a lower-case word that is no title: another clause
		}
	}
	return ""
}
