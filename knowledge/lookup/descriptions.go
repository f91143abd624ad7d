package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// Described people (part of stage 2, understanding): a question may name a
// person by what they are instead of by name ("the congressman", "the
// hospital boss", "the old tv weatherman", "mayor's reaction?"). A news
// story introduces each person it quotes or names with what they are, on
// first reference (AP Stylebook, "names" and "titles"), so the
// description is resolved against those introductions: to the one person
// whose introduction holds the description's head noun and most of its
// modifiers. That person then becomes a subject of the question, as if
// named.

// generalHumanNouns are the general nouns for people (Halliday and Hasan,
// "Cohesion in English", 1976, §6.2: person, man, woman, child, boy,
// girl, and their colloquial forms): as the head of a description they say
// only that it is someone, so the modifiers must do the describing ("the
// pregnant woman", "the paint shop guy").
var generalHumanNouns = set("person", "man", "woman", "guy", "lady", "gal", "girl", "boy", "kid",
	"child", "mom", "dad", "mother", "father", "dude", "fella", "fellow")

// describedPerson resolves a description of a person in the question to
// the person the article introduces that way. It returns the person, the
// description's token indexes (the head last) and those of a relative
// clause after it (see relativeAfter), or -1.
func (e *Engine) describedPerson(toks []token, names map[int]bool) (int, []int, []int) {
	return e.describedPersonAmong(toks, names, false)
}

// describedPersonAmong is describedPerson, among the people the article quotes
// or reports when speaking is set: "what did the swimmer say" presupposes
// that the swimmer said something (Levinson 1983, "Pragmatics", §4.2:
// the presupposition of a wh-question is its open proposition), so of a
// quoted "Chicago swimmer" and an unquoted "Canadian swimmer Lena
// Morrow" it means the one who spoke.
func (e *Engine) describedPersonAmong(toks []token, names map[int]bool, speaking bool) (int, []int, []int) {
	if e.noLex {
		return -1, nil, nil
	}
	for i, t := range toks {
		if names[i] || stopWords[t.lower] || chatWords[t.lower] || !e.personNoun(t.lower) {
			continue
		}
		from := i
		for from > 0 && !stopWords[toks[from-1].lower] && !chatWords[toks[from-1].lower] && (names[from-1] || e.lex.PartsOfSpeech(toks[from-1].lower) != nil || e.articleProperNoun(toks[from-1].lower)) {
			from--
		}
		if singular(t.lower) != t.lower && !partitiveOne(toks, from) {
			continue // a plural ("passengers") describes a group, not one person
		}
		if from > 0 && (toks[from-1].lower == "a" || toks[from-1].lower == "an" || possessivePronouns[toks[from-1].lower]) {
			continue // an indefinite description refers to no one in particular; "his lawyer" is a relation
		}
		to := e.descriptionHead(toks, i, names)
		if singular(toks[to].lower) != toks[to].lower && !partitiveOne(toks, from) {
			continue
		}
		if e.possessedRelation(toks, to) && unsaid(e.meaning(toks, to)) {
			continue // "the boy's father", and the article names no father: not a father described as a boy
		}
		span := make([]int, 0, to-from+3)
		for k := from; k < to; k++ {
			span = append(span, k)
		}
		place := e.placeAfter(toks, to, names)
		clause := e.doSupportedEnd(toks, i, e.relativeAfter(toks, to+len(place)))
		span = append(append(span, place...), to) // the head stays last
		if x := e.introducedAmong(toks, span, clause, names, speaking); x >= 0 {
			return x, span, clause
		}
	}
	return -1, nil, nil
}

// placeAfter returns the token indexes of a place named in a
// prepositional phrase right after the head at i ("the dealer guy in
// ohio", "the fan from tulsa"): a postmodifier that locates the person
// (Quirk et al., §17.37: postmodification by prepositional phrases), as a
// news story locates the ordinary people it quotes by their town or
// their business's ("Marcus Bell, 44, of Pine Hollow, Wisconsin"); or
// nil.
func (e *Engine) placeAfter(toks []token, i int, names map[int]bool) []int {
	if i+2 >= len(toks) || !placePrepositions[toks[i+1].lower] || !names[i+2] {
		return nil
	}
	var out []int
	for k := i + 2; k < len(toks) && names[k]; k++ {
		out = append(out, k)
	}
	return out
}

// placePrepositions locate a person (Quirk et al., §9.15: positive
// position; "from" and "of" for origin and residence).
var placePrepositions = set("in", "from", "of", "at")

// partitiveOne reports whether the description starting at token from is
// the group of a partitive that picks one of it ("any of the jurors", "one
// of the nurses"): the quantifier and "of the" before it (Quirk et al.,
// §5.8 and §6.53: "of"-partitives with any, one, either, each).
func partitiveOne(toks []token, from int) bool {
	return from >= 3 && toks[from-1].lower == "the" && toks[from-2].lower == "of" && oneQuantifiers[toks[from-3].lower]
}

// oneQuantifiers pick a single member of a group in an "of"-partitive.
var oneQuantifiers = set("any", "one", "either", "each", "which")

// descriptionHead is the head of the description that holds the person
// noun at i: the last person noun in the run of content words from i
// ("the republican state senator": senator, not republican), since an
// English noun phrase ends in its head and its modifiers, nouns among
// them, come before it (Quirk et al., §17.104: premodification by nouns).
func (e *Engine) descriptionHead(toks []token, i int, names map[int]bool) int {
	to := i
	for k := i + 1; k < len(toks) && !names[k] && !stopWords[toks[k].lower] && !chatWords[toks[k].lower] && e.premodifier(toks[k].lower); k++ {
		if e.personNoun(toks[k].lower) {
			to = k
		}
	}
	return to
}

// premodifier reports whether a word can stand in a noun phrase before its
// head, as a noun or an adjective, and is not "say" or "tell" ("the lawyer
// told reporters": the phrase ends before "told").
func (e *Engine) premodifier(w string) bool {
	if genericSpeech[w] {
		return false
	}
	pos := e.lex.PartsOfSpeech(w)
	return slices.Contains(pos, "noun") || slices.Contains(pos, "adj")
}

// possessivePronouns are the possessive determiners (Quirk et al., §6.29).
var possessivePronouns = set("my", "your", "his", "her", "its", "our", "their")

// personNoun reports whether a word is a noun for a kind of person
// (WordNet: a hyponym of person), "guy" and "boss" as well as "senator";
// an abbreviated title is the title it stands for ("supt").
func (e *Engine) personNoun(w string) bool {
	if full := titleAbbrevs[strings.TrimSuffix(w, ".")]; full != "" && !stopWords[w] {
		w = full
	}
	if typeWords[w] && !generalHumanNouns[w] || stopWords[w] {
		return false // "someone", "anyone": the type cues; "somebody": a pronoun
	}
	return e.canBe(w, "noun") && (generalHumanNouns[w] || e.lex.KindOf(w, "person"))
}

// introducedAs returns the one person whose introduction holds the head
// of the description (its last token) and the most of its modifiers, or
// -1 when none does or two do equally well. One whose own description
// holds the head comes before one whose introducing sentence only
// mentions it. When no one is introduced by the head, and it is no
// title, the modifiers alone may describe: "the diner owner" of a story
// that says only "Lorraine Pettibone, who has run a diner". Like a
// general noun ("the diner guy") the head then says only that the one
// meant is a person, and every modifier must hold. A title names an
// office (AP Stylebook, "titles"), which the article must give someone.
// The head must be a word the article says only one WordNet link away: a
// head it has no word for names what it does not speak of ("the hikers'
// guide"), and a head it uses for no one it names is someone it leaves
// unnamed ("a utility worker was electrocuted").
func (e *Engine) introducedAs(toks []token, span []int, names map[int]bool) int {
	return e.introducedWith(toks, span, nil, names)
}

// introducedWith is introducedAs for a description restricted by the
// relative clause at clause (see clauseFit).
func (e *Engine) introducedWith(toks []token, span, clause []int, names map[int]bool) int {
	return e.introducedAmong(toks, span, clause, names, false)
}

// introducedAmong is introducedWith, among the people who speak when
// speaking is set (see describedPersonAmong).
func (e *Engine) introducedAmong(toks []token, span, clause []int, names map[int]bool, speaking bool) int {
	d := description{toks: toks, span: span, clause: clause, names: names, meanings: map[int]term{}, speaking: speaking}
	head := toks[span[len(span)-1]].lower
	d.general = generalHumanNouns[head]
	for _, k := range span {
		if !names[k] && !stopWords[toks[k].lower] {
			d.meanings[k] = e.meaning(toks, k) // each word's reading, once for all the people
		}
	}
	d.member = !d.general && e.groupNoun(head)
	d.clauseSaid = e.clauseSaid(toks, clause, names)
	best, tie, fits := e.bestIntroduced(&d)
	if fits == 0 && !d.general && !isTitleWord(head) && !isTitleWord(titleAbbrevs[head]) && d.meanings[span[len(span)-1]].weak {
		d.vague = true
		best, tie, _ = e.bestIntroduced(&d)
	}
	if tie {
		return -1
	}
	return best
}

// description is a description of a person in a question, as
// introducedAs reads it.
type description struct {
	toks     []token
	span     []int // its tokens, the head last
	clause   []int // a relative clause restricting it ("who testified"), or nil
	names    map[int]bool
	meanings map[int]term
	general  bool // the head is a general noun ("guy")
	vague    bool // no one is introduced by the head: the modifiers describe
	// clauseSaid: the article uses every word of the clause; only then
	// may the clause alone describe ("the woman who called 911" of an
	// article with no 911 call describes no one)
	clauseSaid bool
	member     bool // the head names a group the article speaks of (see groupNoun)
	speaking   bool // only those the article quotes or reports fit (see describedPersonAmong)
}

// bestIntroduced returns the person the description fits best, whether
// two fit equally well, and how many fit at all.
func (e *Engine) bestIntroduced(d *description) (best int, tie bool, fits int) {
	head := d.span[len(d.span)-1]
	var sex byte // a general noun of one sex ("guy") breaks a tie
	if d.general {
		sex = nounSex(d.toks[head].lower)
	}
	more := -1 // one more of a kind yields to the first, unless the question asks for one more
	if from := min(slices.Min(d.span), head); additionalBefore(d.toks[max(0, from-1):head]) {
		more = 1
	}
	best, bestScore := -1, 0
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person || d.speaking && !e.hasQuotes(x) && len(e.reported(x)) == 0 {
			continue
		}
		if e.clauseNames(x, d) {
			continue // "the guy whose montauk burned" is not the Montauk
		}
		score, ok := e.fitOf(x, d)
		held := e.clauseFit(x, d)
		if !ok && !(len(d.span) == 1 && d.general && held > 0 && d.clauseSaid && (sex == 0 || e.r.ents[x].gender == sex)) {
			continue // "the guy whose montauk burned": the clause alone may describe, a man
		}
		score += held
		fits++
		if rate := e.describedAs(x, d.toks, head); rate > 0 && !d.general && !d.vague {
			score += len(d.span) + rate - 1 // the head in their own description, not only in the sentence naming them, first
		}
		score *= 2
		if sex != 0 && e.r.ents[x].gender == sex {
			score++ // of two who fit the modifiers equally, the one the pronouns show to be of the head's sex
		}
		if !d.general && !d.vague && more < 0 && e.wholeRole(x, d.holdsWord) {
			score++ // of two who fit equally, the one whose role is the description, no narrower (roleexact.go); "the other neighbor" asks for one more instead
		}
		if !d.general && e.additionalOf(x, d.meanings[head]) {
			score += more // "A second neighbor, Linda Osei,": of two so called, "the neighbor" is the first, "the other neighbor" she
		}
		switch {
		case score > bestScore:
			best, bestScore, tie = x, score, false
		case score == bestScore:
			tie = true
		}
	}
	return best, tie, fits
}

// fitOf counts the words of the description that x's introduction holds;
// ok is false when x does not fit: no word holds, the head (unless
// general or vague) is not among them, a vague description's modifiers do
// not all hold, a classifying modifier is one the article never uses, or
// x is a member of the group the head names (see groupNoun) but no name
// the article ties to x picks them out ("the wisconsin owner", not "the
// oldest participant").
func (e *Engine) fitOf(x int, d *description) (int, bool) {
	toks, span, names := d.toks, d.span, d.names
	head := span[len(span)-1]
	intro := e.introduction(x)
	if d.vague {
		intro = e.ownWords(x) // "the diner owner": "Pettibone, 61, who has run a diner"
	}
	score := 0
	headHit, named, asMember := false, false, false
	for _, k := range span {
		if (d.general || d.vague) && k == head {
			continue // "the pregnant woman": the modifiers describe
		}
		hit := false
		if names[k] {
			hit = e.introNames(intro, toks, k)
			named = named || hit
		} else if tm, ok := d.meanings[k]; ok {
			hit = e.introHolds(intro, tm, k == head)
			if unsaid(tm) && !d.general && !e.canBe(toks[k].lower, "adj") {
				// "the law student": a noun before the head classifies
				// (Quirk et al., §17.104), and the article classifies no
				// one so; an adjective ("the old weatherman") may only
				// describe what it says otherwise ("67, a retired …")
				return 0, false
			}
		}
		if !hit && d.member && k == head && len(e.rolesOf(x)) == 0 {
			hit, asMember = true, true
		}
		if hit {
			score++
			headHit = headHit || k == head
		}
	}
	if d.vague {
		return score, score > 0 && score == len(span)-1 // "the diner owner": every modifier
	}
	return score, score > 0 && (d.general || headHit) && (!asMember || named)
}

// unsaid reports whether a question word is one the article never uses,
// in any form or through any synonym or related word it reads.
func unsaid(tm term) bool { return !tm.known && len(tm.alts) == 0 && len(tm.phrases) == 0 }

// introHolds reports whether an introduction holds the question word tm;
// a plural in the article ("Prosecutors said") names a group, not the one
// person the head of a description asks for. The head is also held by a
// noun WordNet files under it (see kindWord): "the nursing student" is
// "a nursing junior".
func (e *Engine) introHolds(intro []token, tm term, head bool) bool {
	for k := range intro {
		if head && tm.phraseAt(intro, k) {
			return true // "the runner-up": "Tesfaye Alemu finished second" (see agentgloss.go)
		}
	}
	for _, tok := range intro {
		if head && singular(tok.lower) != tok.lower {
			continue
		}
		if head && singular(tok.lower) != singular(tm.lower) && !e.personNoun(tok.lower) {
			continue // a form or relative that names no person: "official", "office"; "student", "major"
		}
		if tm.matches(tok) || head && e.kindWord(tok, tm) {
			return true
		}
	}
	return false
}

// kindWord reports whether the article's token names a kind of the
// question's noun tm: a hyponym in WordNet (Miller 1995), as "junior" (a
// third-year undergraduate) is a kind of "student". A description's head
// names a class, and the article may call its member by a narrower noun;
// the converse does not hold ("the junior" is not any student).
func (e *Engine) kindWord(tok token, tm term) bool {
	if e.noLex || stopWords[tok.lower] || tok.lower == tm.lower || len(tok.lower) < 3 || tok.cap || isTitleWord(tok.lower) {
		return false // a name is no kind ("Gregory" is not WordNet's pope), nor an office a kind of class ("officer", a holder, is no "owner")
	}
	return e.lex.KindOf(tok.lower, singular(tm.lower))
}

// groupNoun reports whether the article uses the noun w in the plural,
// outside quotations, for a group of ordinary people ("telling owners to
// park outside", "Dealers expect a crush"): no title (AP Stylebook,
// "titles": an office is given as a title, so "senators" do not make any
// untitled person a senator). A story about such a group quotes members
// of it, introduced by name, age and town alone, so the noun may describe
// one of those who have no role of their own.
func (e *Engine) groupNoun(w string) bool {
	if singular(w) != w || isTitleWord(w) || !e.isPersonNoun(w) {
		return false
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for k, t := range s.toks {
			if !s.quoted[k] && t.lower != w && singular(t.lower) == w {
				return true
			}
		}
	}
	return false
}

// describedAs rates how x's own descriptions (titles, appositives, what
// they speak for) hold the head noun at question token k: "the mayor's
// spokesman" is the one described as a spokesman ("her spokesman, Devin
// Shore"), not the mayor named in the same sentence. The article's own
// word (2) rates above a synonym or a narrower noun (1), so "the interim
// chief" is the "Deputy Chief" rather than the "City Manager" WordNet's
// chief, a boss, also meets; 0 when none holds it.
func (e *Engine) describedAs(x int, toks []token, k int) int {
	tm := e.meaning(toks, k)
	best := 0
	for _, tok := range slices.Concat(e.describedBy(x), e.speaksFor(x)) {
		switch {
		case tm.sameWord(tok):
			return 2
		case tm.matches(tok) || e.kindWord(tok, tm):
			best = 1
		}
	}
	return best
}

// introNames reports whether the introduction holds the name at question
// token k ("the meridian ceo": Meridian's chief executive).
func (e *Engine) introNames(intro []token, toks []token, k int) bool {
	for _, tok := range intro {
		if tok.lower == toks[k].lower || tok.meets(toks[k].stem) {
			return true // "the kennel guy": "Ortiz Kennels"
		}
	}
	return false
}

// introduction is what the article says a person is: the words of their
// descriptions (titles, appositives), of what they speak for, and of the
// sentence that first names them, outside its quotations. It is read once
// per engine, on first use.
func (e *Engine) introduction(x int) []token {
	e.introOnce.Do(func() {
		e.intros = make([][]token, len(e.a.Entities))
		for y, ent := range e.a.Entities {
			if ent.Kind == knowledge.Person {
				e.intros[y] = e.readIntroduction(y)
			}
		}
	})
	return e.intros[x]
}

// readIntroduction gathers the words of introduction for x. Of the
// sentence that first names x it takes the words outside quotations and
// before the verb of saying that follows the name: what x is said to
// say ("Lisa Berg said the town would let the bakery …") is no
// description of x (Quirk et al., §14.31: the reporting clause and the
// reported clause).
func (e *Engine) readIntroduction(x int) []token {
	out := append([]token(nil), e.describedBy(x)...)
	out = append(out, e.speaksFor(x)...)
	if s := e.firstNaming(x); s != nil {
		at := e.position(s, x)
		from := e.reportedBefore(s, x) // "A neighbor called 911, Chief Dora Lusk said": not what Lusk is (reportedintro.go)
		for k, t := range s.toks {
			if k < from {
				continue
			}
			if k > at && genericSpeech[t.lower] && !s.quoted[k] {
				break
			}
			if !s.quoted[k] && !e.possessedOther(s, k, at) {
				out = append(out, t)
			}
		}
	}
	return out
}

// ownWords are the words of x's own descriptions and of the phrase that
// follows x's name where the article first names x, when it postmodifies
// the name (an appositive or relative clause after a comma, or an "of",
// "from" or "at" phrase: Quirk et al., §17.3, §17.65), up to the verb of
// saying: what the article says x is, not what the sentence says besides
// ("defeating Republican Curtis Brandt after two days of counting … in the
// state's largest county" makes him no state official).
func (e *Engine) ownWords(x int) []token {
	out := append(slices.Clone(e.describedBy(x)), e.speaksFor(x)...)
	s := e.firstNaming(x)
	if s == nil {
		return out
	}
	spans := e.nameSpans(s, x)
	if len(spans) == 0 {
		return out
	}
	end := spans[0][1]
	k := slices.IndexFunc(s.toks, func(t token) bool { return t.start >= end })
	if k < 0 || !strings.HasPrefix(strings.TrimSpace(s.text[end:]), ",") && !placePrepositions[s.toks[k].lower] {
		return out
	}
	for ; k < len(s.toks) && !genericSpeech[s.toks[k].lower]; k++ {
		if !s.quoted[k] {
			out = append(out, s.toks[k])
		}
	}
	return out
}

// nounSex gives the sex a noun for a person fixes ("guy", "woman"): 'm',
// 'f', or 0 for one that fixes none ("person", "kid").
func nounSex(w string) byte {
	switch {
	case maleWords[w]:
		return 'm'
	case femaleWords[w]:
		return 'f'
	}
	return 0
}
