package knowledge

import (
	"strings"
	"unicode"
)

// Attribution: who said each quotation, by the grammar of English news
// attribution rather than by the nearest name.
//
//   - After the quotation, when it ends its clause with a comma, ? or !:
//     `"…," Diaz said`, `"…," said Diaz, a spokesman for Y`,
//     `"…," according to Diaz`.
//   - Before it, in the same sentence: the subject of the last reporting
//     verb (`Diaz said that "…"`, `Diaz, 63, called it "…"`), walking back
//     over parentheticals set off by commas (`Sen. Diaz, D-Ga., who …, said`).
//   - A he/she subject goes to the nearest preceding person of compatible
//     gender outside quotations, preferring each sentence's subject (its
//     first named person, not a possessive or a title's modifier).
//   - A quotation with no attribution in its sentence continues the
//     previous one: later in the same paragraph, or opening the next.

// attributor attributes the quotations of one article.
type attributor struct {
	d      *doc
	ents   []Entity
	spans  [][][2]int // quotation spans per paragraph
	gender []byte     // per entity: 'm', 'f' or 0 when unknown
}

// newAttributor prepares the attribution of d's quotations: their spans,
// and the gender the text gives each person.
func newAttributor(d *doc, ents []Entity) *attributor {
	at := &attributor{d: d, ents: ents, spans: make([][][2]int, len(d.paras))}
	for k := range d.paras {
		at.spans[k] = quoteSpans(d.paras[k].text)
		if open := unclosedQuote(d.paras[k].text); open >= 0 {
			at.spans[k] = append(at.spans[k], [2]int{open, len(strings.TrimRightFunc(d.paras[k].text, unicode.IsSpace))})
		}
	}
	at.gender = at.learnGenders()
	return at
}

// unclosedQuote returns where the text of a quotation opened and never
// closed in paragraph p begins, or -1. News style leaves the closing mark
// off a paragraph whose quotation goes on in the next paragraph.
func unclosedQuote(p string) int {
	straight, curly := -1, -1
	for i, r := range p {
		switch r {
		case '"':
			if straight < 0 {
				straight = i + 1
			} else {
				straight = -1
			}
		case '“':
			curly = i + len("“")
		case '”':
			curly = -1
		}
	}
	if straight >= 0 && strings.TrimSpace(p[straight:]) != "" {
		return straight
	}
	if curly >= 0 && strings.TrimSpace(p[curly:]) != "" {
		return curly
	}
	return -1
}

// quoted reports whether token i of paragraph k lies inside a quotation.
func (at *attributor) quoted(k, i int) bool {
	t := at.d.paras[k].toks[i]
	for _, sp := range at.spans[k] {
		if t.start >= sp[0] && t.end <= sp[1] {
			return true
		}
	}
	return false
}

// mentionOf returns the mention covering token i of paragraph k.
func (at *attributor) mentionOf(k, i int) (mention, bool) {
	for _, m := range at.d.mentions[k] {
		if m.i <= i && i < m.j {
			return m, true
		}
	}
	return mention{}, false
}

// candidate reports whether mention m can be a speaker or a pronoun's
// antecedent: a person named outside quotations, not as a possessive
// ("Brandt's campaign manager") nor as the modifier of a title after it.
func (at *attributor) candidate(k int, m mention) bool {
	if at.ents[m.ent].Kind != Person || at.quoted(k, m.i) {
		return false
	}
	p := &at.d.paras[k]
	if last := p.toks[m.j-1].s; bare(last) != last {
		return false
	}
	return !(m.j < len(p.toks) && spaceOnly(p.gap(m.j)) && isTitleToken(p.toks[m.j].s))
}

// compatible reports whether entity e can stand for a pronoun of gender g.
func (at *attributor) compatible(e int, g byte) bool {
	return g == 0 || at.gender[e] == 0 || at.gender[e] == g
}

// commaAfter reports whether a comma follows token i of paragraph k.
func (at *attributor) commaAfter(k, i int) bool {
	return strings.Contains(at.d.paras[k].gap(i+1), ",")
}

// prevSentence returns the sentence before sentence s of paragraph k,
// crossing into earlier paragraphs; k' < 0 when there is none.
func (at *attributor) prevSentence(k, s int) (int, int) {
	for s--; s < 0; {
		k--
		if k < 0 {
			return -1, -1
		}
		s = len(at.d.paras[k].sents) - 1
	}
	return k, s
}

// firstCandidate returns the first candidate of sentence s of paragraph k
// (ending before token before, when before >= 0) compatible with gender g,
// or -1: a sentence's first named person is usually its subject.
func (at *attributor) firstCandidate(k, s, before int, g byte) int {
	for _, m := range inSentence(at.d.mentions[k], s) {
		if before >= 0 && m.j > before {
			break
		}
		if at.candidate(k, m) && at.compatible(m.ent, g) {
			return m.ent
		}
	}
	return -1
}

// antecedentWindow is how many sentences back a pronoun may reach.
const antecedentWindow = 6

// antecedent resolves the he/she at token x of paragraph k: the first
// compatible person earlier in its sentence, else the subject of the
// nearest sentence before it that names one, else the article's most
// mentioned compatible person. It returns -1 when there is none.
func (at *attributor) antecedent(k, x int, g byte) int {
	s := at.d.paras[k].toks[x].sent
	if e := at.firstCandidate(k, s, x, g); e >= 0 {
		return e
	}
	pk, ps := k, s
	for n := 0; n < antecedentWindow; n++ {
		if pk, ps = at.prevSentence(pk, ps); pk < 0 {
			break
		}
		if e := at.firstCandidate(pk, ps, -1, g); e >= 0 {
			return e
		}
	}
	if e := warmProtagonist(at.d, at.ents, g); e >= 0 && at.compatible(e, g) {
		return e
	}
	return -1
}

// uniqueCandidate returns the only person candidate of sentence s of
// paragraph k before token before (any, when before < 0), or -1 when there
// is none or more than one.
func (at *attributor) uniqueCandidate(k, s, before int) int {
	found := -1
	for _, m := range inSentence(at.d.mentions[k], s) {
		if before >= 0 && m.j > before {
			break
		}
		if !at.candidate(k, m) {
			continue
		}
		if found >= 0 && found != m.ent {
			return -1
		}
		found = m.ent
	}
	return found
}

// learnGenders gives each person the gender of its role words, else of its
// given name when the name lists know it for one gender only, else the
// gender most pronouns give it where it is the only person they can stand
// for: the only person before the pronoun in its sentence, or, for a
// pronoun opening a sentence with none, the only one in the sentence before.
func (at *attributor) learnGenders() []byte {
	votes := at.genderVotes()
	out := make([]byte, len(at.ents))
	for e := range at.ents {
		switch g := gender(at.ents[e]); {
		case g != 0:
			out[e] = g
		case at.ents[e].Kind == Person && givenNameGender(firstWord(at.ents[e].Name)) != 0:
			out[e] = givenNameGender(firstWord(at.ents[e].Name))
		case votes[e][0] > votes[e][1]:
			out[e] = 'm'
		case votes[e][1] > votes[e][0]:
			out[e] = 'f'
		}
	}
	return out
}

// genderVotes counts, per entity, the masculine and feminine pronouns
// outside quotations that can stand only for it (see learnGenders).
func (at *attributor) genderVotes() [][2]int {
	votes := make([][2]int, len(at.ents))
	for k := range at.d.paras {
		p := &at.d.paras[k]
		for i, t := range p.toks {
			g, ok := genderCues[strings.ToLower(t.s)]
			if !ok || at.quoted(k, i) {
				continue
			}
			e := at.uniqueCandidate(k, t.sent, i)
			if e < 0 && i == p.sentTok[t.sent] && at.firstCandidate(k, t.sent, i, 0) < 0 {
				if pk, ps := at.prevSentence(k, t.sent); pk >= 0 {
					e = at.uniqueCandidate(pk, ps, -1)
				}
			}
			switch {
			case e < 0:
			case g == 'm':
				votes[e][0]++
			default:
				votes[e][1]++
			}
		}
	}
	return votes
}

// speaker attributes the quotation at span sp of paragraph k. found is
// false when its sentence holds no attribution at all (the quotation may
// continue an earlier one); who may be "" when an attribution was found
// but its speaker could not be named.
func (at *attributor) speaker(k int, sp [2]int) (who string, found bool) {
	if who, found = at.after(k, sp); found {
		return who, true
	}
	return at.before(k, sp[0])
}

// after reads an attribution following the quotation at sp, which must end
// its clause (`"…," Diaz said`, `"…?" said Diaz`, `"…," according to Diaz`).
func (at *attributor) after(k int, sp [2]int) (string, bool) {
	p := &at.d.paras[k]
	i := at.clauseAfter(k, sp)
	if i < 0 {
		return "", false
	}
	reach := i + attributionReach
	for j := i; j < len(p.toks) && j < reach && p.toks[j].sent == p.toks[i].sent && !at.quoted(k, j); j++ {
		w := strings.ToLower(p.toks[j].s)
		if clauseJoiners[w] {
			break
		}
		if m, ok := at.mentionOf(k, j); ok && m.j > j+1 && !speechVerbs[strings.ToLower(p.toks[m.j-1].s)] {
			reach += m.j - j - 1 // "Deputy Chief Sam Ortiz of the Fairview Fire Department said": a name counts as one word
			j = m.j - 1
			continue
		}
		if w == "according" && j+1 < len(p.toks) && tokKey(p.toks[j+1].s) == "to" {
			return at.objectSpeaker(k, j+1), true
		}
		if !speechVerbs[w] && !extraReportingVerbs[w] {
			continue
		}
		if j == i {
			return at.objectSpeaker(k, j), true
		}
		return at.subjectOf(k, j, i), true
	}
	return "", false
}

// clauseAfter returns the first token after the quotation at sp of
// paragraph k when the quotation ends its clause there (a comma, ? or !
// closes it, or a comma follows it) and its sentence goes on; else -1.
func (at *attributor) clauseAfter(k int, sp [2]int) int {
	p := &at.d.paras[k]
	i := 0
	for i < len(p.toks) && p.toks[i].start <= sp[1] {
		i++
	}
	if i >= len(p.toks) || p.toks[i].sent != p.sentenceAt(sp[1]) {
		return -1
	}
	// A nested quotation may close with it: "… said, 'Don't leave,'"
	inner := strings.TrimRight(strings.TrimSpace(p.text[sp[0]:sp[1]]), "'’ ")
	if strings.HasSuffix(inner, ",") || strings.HasSuffix(inner, "?") || strings.HasSuffix(inner, "!") ||
		strings.Contains(p.text[sp[1]:p.toks[i].start], ",") {
		return i
	}
	return -1
}

// attributionReach is how many words after a quotation its attribution's
// verb may stand ("…," Incident Commander Joel Barrington said).
const attributionReach = 8

// before reads the attribution before the quotation opening at open, in
// its sentence: the subject of the last reporting verb there.
func (at *attributor) before(k, open int) (string, bool) {
	p := &at.d.paras[k]
	s := p.sentenceAt(open)
	a, b := p.sentTokens(s)
	v, according := -1, false
	for i := a; i < b && p.toks[i].end <= open; i++ {
		if at.quoted(k, i) {
			continue
		}
		w := strings.ToLower(p.toks[i].s)
		if attributionVerb(w) && !nounBeforeVerb(p, i) {
			v, according = i, false
		}
		if w == "according" && i+1 < b && tokKey(p.toks[i+1].s) == "to" {
			v, according = i+1, true // "According to Mark Gallo, "…"": the source is the object of "to"
		}
		if wordsOfSource(p, i) {
			v, according = i, true // "In the words of Ranger Wes Booth, …" (wordsof.go)
		}
	}
	if according {
		return at.objectSpeaker(k, v), true
	}
	if v == a && frontedPrepositions[strings.ToLower(p.toks[v].s)] {
		// "Asked whether the title surprised him, Echeverria was blunt:":
		// the participle opens an adverbial clause whose subject is the
		// main clause's (Quirk et al. 1985, §15.58 on participle clauses)
		v = -1
	}
	if v < 0 {
		return at.colonSubject(k, a, open)
	}
	if v == a && invertedOpening(p, v) {
		return at.objectSpeaker(k, v), true // "Said Chief Nolan Reyes: "…"" (frontedsaid.go)
	}
	if v > a && at.quoted(k, v-1) {
		// `"…," said the union's president, Colleen Ybarra, "…"`: an
		// attribution inverted after a quotation has its subject after
		// the verb (AP Stylebook, "said")
		return at.objectSpeaker(k, v), true
	}
	return at.subjectOf(k, v, a), true
}

// finiteVerbs are the finite forms of "be" and "have" (Quirk et al., §3.20).
var finiteVerbs = toSet("is", "are", "was", "were", "has", "have", "had")

// nounBeforeVerb reports whether the word at i, a verb of saying in form,
// is a noun: a finite "be" or "have" follows it, as it follows a subject
// ("the city's ridership estimates were …"), and no verb of saying takes
// one for its object (Quirk et al., §16.31 on reporting verbs' objects).
func nounBeforeVerb(p *para, i int) bool {
	return i+1 < len(p.toks) && p.toks[i+1].sent == p.toks[i].sent && finiteVerbs[strings.ToLower(p.toks[i+1].s)] && spaceOnly(p.gap(i+1))
}

// colonSubject reads a clause that ends in a colon right before the
// quotation opening at open, in the sentence starting at token a, with no
// verb of saying ("Cole put it simply: \"…\""): a colon introduces
// direct speech (AP Stylebook, "colon": "to introduce direct quotations"),
// so the person the clause opens with, its subject, is the speaker. found
// is false when no colon stands there or no person opens the clause.
func (at *attributor) colonSubject(k, a, open int) (string, bool) {
	p := &at.d.paras[k]
	last := -1
	for i := a; i < len(p.toks) && p.toks[i].end <= open; i++ {
		last = i
	}
	if last < 0 || !strings.HasSuffix(strings.TrimRight(p.text[p.toks[last].start:open], " \"“‘'"), ":") {
		return "", false
	}
	a = at.pastFrontedAdverbial(k, a, last)
	m, ok := at.mentionOf(k, a)
	if !ok || m.i != a || !at.candidate(k, m) || at.ents[m.ent].Kind != Person {
		return "", false
	}
	return at.ents[m.ent].Name, true
}

// frontedPrepositions open an adverbial that may stand before a clause's
// subject, set off by a comma ("At a news conference at City Hall, Deegan
// was blunt:"; Quirk et al. 1985, ch. 8 on adjuncts in initial position;
// AP Stylebook, "comma", introductory phrases).
var frontedPrepositions = toSet("at", "in", "on", "after", "before", "during", "later", "earlier", "outside", "inside", "speaking", "asked", "standing", "for", "from", "with")

// pastFrontedAdverbial is the first token after an opening adverbial phrase
// of the sentence starting at token a, set off by a comma before token
// last; a itself when the sentence opens otherwise.
func (at *attributor) pastFrontedAdverbial(k, a, last int) int {
	p := &at.d.paras[k]
	if !frontedPrepositions[strings.ToLower(p.toks[a].s)] {
		return a
	}
	for i := a + 1; i < last && i <= a+12; i++ {
		if strings.Contains(p.gap(i), ",") {
			return i
		}
	}
	return a
}

// objectSpeaker names the speaker written after the verb (or "to" of
// "according to") at token v: the first person named there, past titles
// and a possessive ("said Vecchio's lawyer, Jenna Morales"), else the
// first organisation, else the one a description names (see
// describedObject).
func (at *attributor) objectSpeaker(k, v int) string {
	p := &at.d.paras[k]
	other := ""
	for j := v + 1; j < len(p.toks) && j <= v+attributionReach && p.toks[j].sent == p.toks[v].sent && !at.quoted(k, j); j++ {
		if g, ok := subjectPronouns[strings.ToLower(p.toks[j].s)]; ok && j == v+1 {
			if e := at.antecedent(k, j, g); e >= 0 {
				return at.ents[e].Name
			}
			return ""
		}
		m, ok := at.mentionOf(k, j)
		if !ok {
			continue
		}
		if at.candidate(k, m) {
			return at.ents[m.ent].Name
		}
		if other == "" && at.ents[m.ent].Kind == Organisation {
			other = at.ents[m.ent].Name
		}
		j = m.j - 1
	}
	if other == "" {
		return at.describedObject(k, v)
	}
	return other
}

// subjectOf names the subject of the reporting verb at token v, looking no
// further back than token lo: a name or he/she just before it (past
// adverbs), or the person a relative "who" hangs on, else the person a
// parenthetical set off by commas describes ("Pell, 74, called", "Her
// daughter, Carla Hutchins-Bell, who …, said"), else a person the subject
// phrase describes by role.
func (at *attributor) subjectOf(k, v, lo int) string {
	p := &at.d.paras[k]
	x := v - 1
	for x >= lo && speakerAdverbs[strings.ToLower(p.toks[x].s)] {
		if _, ok := at.mentionOf(k, x); ok {
			break
		}
		x--
	}
	if x < lo || at.quoted(k, x) {
		return ""
	}
	if e := at.generationSubject(k, x); e >= 0 {
		return at.ents[e].Name // "the younger Ostrowski said": the son, not the surname's first holder
	}
	if m, ok := at.mentionOf(k, x); ok && !at.commaAfter(k, x) {
		if e := at.personOfBody(k, m, lo); e >= 0 {
			return at.ents[e].Name // "Sam Ortiz of the Fairview Fire Department told": Ortiz told
		}
		if at.candidate(k, m) || at.ents[m.ent].Kind == Organisation && bare(p.toks[x].s) == p.toks[x].s {
			return at.ents[m.ent].Name
		}
	}
	if g, ok := subjectPronouns[strings.ToLower(p.toks[x].s)]; ok {
		if e := at.antecedent(k, x, g); e >= 0 {
			return at.ents[e].Name
		}
		return ""
	}
	if e := at.relativeSubject(k, x); e >= 0 {
		return at.ents[e].Name
	}
	if e := at.appositiveSubject(k, x, lo); e >= 0 {
		return at.ents[e].Name // "Alex Romero, a lawyer for the coalition, called": Romero
	}
	if who, ok := at.coordinateSubject(k, x, lo); ok {
		return who
	}
	if e := at.itsBody(k, x); e >= 0 {
		return at.ents[e].Name
	}
	if e := at.definiteSubject(k, x); e >= 0 {
		return at.ents[e].Name
	}
	if e := at.relationSubject(k, x); e >= 0 {
		return at.ents[e].Name // "…," her daughter said: the daughter named before (relationsubject.go)
	}
	if e := at.bodySubject(k, x); e >= 0 {
		return at.ents[e].Name
	}
	if e := at.ageSubject(k, x); e >= 0 {
		return at.ents[e].Name
	}
	if e := at.parentheticalSubject(k, x, lo); e >= 0 {
		return at.ents[e].Name
	}
	if who := at.documentSubject(k, x); who != "" {
		return who
	}
	return subjectBefore(at.d, k, v, at.ents)
}

// documentSubject resolves a subject written as "the <noun>" ending at
// token x ("…," the statement said) when an earlier sentence, in this
// paragraph or the one before, says through what someone spoke ("Thomas
// Greer said in a written statement", "In a letter, the company said"):
// the definite article refers back to that statement (Quirk et al.,
// §5.28: the anaphoric "the" of second mention), whose words are those of
// the subject of its verb of saying. It returns "" when there is none.
func (at *attributor) documentSubject(k, x int) string {
	p := &at.d.paras[k]
	if x < 1 || !strings.EqualFold(p.toks[x-1].s, "the") || p.toks[x].sent != p.toks[x-1].sent {
		return ""
	}
	noun := tokKey(p.toks[x].s)
	pk, ps := at.prevSentence(k, p.toks[x].sent)
	for pk >= 0 && pk >= k-1 {
		if who, ok := at.spokeThrough(pk, ps, noun); ok {
			return who
		}
		pk, ps = at.prevSentence(pk, ps)
	}
	return ""
}

// spokeThrough reads sentence s of paragraph k for "in a|an [modifiers]
// <noun>" outside quotation with a verb of saying: the verb just before
// the phrase ("said in a statement"), else the first after it ("In a
// statement, Cole said"). It returns that verb's subject, and whether
// the sentence holds such a phrase and verb.
func (at *attributor) spokeThrough(k, s int, noun string) (string, bool) {
	p := &at.d.paras[k]
	a, b := p.sentTokens(s)
	for i := a; i < b; i++ {
		if i == a || at.quoted(k, i) || tokKey(p.toks[i].s) != noun {
			continue // "Board member Gail Fisher": a sentence's first word has no "in a" before it
		}
		in := i - 1
		for in > a && i-in <= 3 && !strings.EqualFold(p.toks[in].s, "in") {
			in--
		}
		if !strings.EqualFold(p.toks[in].s, "in") || in+1 >= i {
			continue
		}
		if det := strings.ToLower(p.toks[in+1].s); det != "a" && det != "an" {
			continue
		}
		if in > a && attributionVerb(strings.ToLower(p.toks[in-1].s)) {
			return at.subjectOf(k, in-1, a), true
		}
		for v := i + 1; v < b; v++ {
			if !at.quoted(k, v) && attributionVerb(strings.ToLower(p.toks[v].s)) {
				return at.subjectOf(k, v, a), true
			}
		}
	}
	return "", false
}

// relativeSubject resolves a relative "who" at token x ("said Ann Cole,
// who added that …") to the person named before it in its sentence, or -1.
func (at *attributor) relativeSubject(k, x int) int {
	p := &at.d.paras[k]
	if !strings.EqualFold(p.toks[x].s, "who") || !at.commaAfter(k, x-1) {
		return -1
	}
	for y := x - 1; y >= 0 && p.toks[y].sent == p.toks[x].sent && !at.quoted(k, y); y-- {
		if m, ok := at.mentionOf(k, y); ok && at.candidate(k, m) {
			return m.ent
		}
	}
	return -1
}

// itsBody resolves a subject "it" at token x ("when Hartwell presented
// what it called its 'final offer'") to the organisation named last
// before it in its sentence, outside quotation: a body that speaks is
// "it" (Quirk et al., §6.10: "it" for a collective noun taken as a
// unit); -1 when the sentence names none.
func (at *attributor) itsBody(k, x int) int {
	p := &at.d.paras[k]
	if !strings.EqualFold(p.toks[x].s, "it") {
		return -1
	}
	ms := at.d.mentions[k]
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.j > x || m.sent != p.toks[x].sent || at.quoted(k, m.i) {
			continue
		}
		if at.ents[m.ent].Kind == Organisation {
			return m.ent
		}
	}
	return -1
}

// definiteSubject resolves a subject written as "the <title>" ending at
// token x ("…," the coach said) to the nearest person named before it whose
// role or title holds that title word (see roleHolds), or -1.
func (at *attributor) definiteSubject(k, x int) int {
	p := &at.d.paras[k]
	if x < 1 || !isTitleToken(p.toks[x].s) || !strings.EqualFold(p.toks[x-1].s, "the") {
		return -1
	}
	title := tokKey(p.toks[x].s)
	for pk := k; pk >= 0; pk-- {
		ms := at.d.mentions[pk]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if pk == k && m.j > x || !at.candidate(pk, m) {
				continue
			}
			if roleHolds(at.ents[m.ent].Role+" "+at.ents[m.ent].Title, title) {
				return m.ent
			}
		}
	}
	return -1
}

// parentheticalSubject finds, when a comma closes the subject phrase
// ending at token x, the person named just before a comma that opens the
// parenthetical ("Pell, 74, called"; "Sen. Cole, D-Ga., who …, said"), no
// further back than token lo, else the body named at the clause's start;
// -1 when there is none.
func (at *attributor) parentheticalSubject(k, x, lo int) int {
	if !at.commaAfter(k, x) {
		return -1
	}
	for y := x; y >= lo && !at.quoted(k, y); y-- {
		if m, ok := at.mentionOf(k, y); ok && m.j-1 == y && at.candidate(k, m) && at.commaAfter(k, y) {
			return m.ent
		}
	}
	// No person: a body opening the clause speaks ("The Regional Transit
	// District, which runs the buses, said").
	p := &at.d.paras[k]
	first := max(lo, p.sentTok[p.toks[x].sent])
	if first < len(p.toks) && strings.EqualFold(p.toks[first].s, "the") {
		first++
	}
	if m, ok := at.mentionOf(k, first); ok && m.i == first && at.commaAfter(k, m.j-1) && !at.quoted(k, first) {
		return m.ent
	}
	return -1
}

// personOfBody is the person named right before "of" or "of the" and the
// organisation of mention m ("Chief Sam Ortiz of the Fairview Fire
// Department"), no further back than token lo, or -1: the of-phrase
// postmodifies the person's name, who heads the subject (Quirk et al.
// 1985, §17.37 on of-phrases as postmodifiers).
func (at *attributor) personOfBody(k int, m mention, lo int) int {
	p := &at.d.paras[k]
	if at.ents[m.ent].Kind != Organisation {
		return -1
	}
	of := m.i - 1
	if of > lo && strings.EqualFold(p.toks[of].s, "the") {
		of--
	}
	if of <= lo || !strings.EqualFold(p.toks[of].s, "of") {
		return -1
	}
	if pm, ok := at.mentionOf(k, of-1); ok && pm.j == of && at.candidate(k, pm) {
		return pm.ent
	}
	return -1
}
