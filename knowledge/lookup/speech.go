package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// What people said (part of stage 4): quotations by speaker, reported
// speech, speakers named, described or speaking for an organisation, and
// "who said".

// quotes answers "what did X say" with X's quotations, those on the
// question's topic when it names one.
func (e *Engine) quotes(q *query) (reply, bool) {
	if r, ok := e.eachSaid(q); ok {
		return r, true
	}
	if r, ok := e.officeSaid(q); ok {
		return r, true // "the governor's office": its spokeswoman
	}
	speaker := e.speakerAsked(q)
	desc := e.describedSpeaker(q)
	if r, ok := e.collectiveSaid(q, speaker, desc); ok {
		return r, true // "the family asked that …": the body's own words before a member's (collectivespeaker.go)
	}
	if len(desc) > 0 && (speaker < 0 || contains(q.subjects, speaker)) && e.speakerByRole(q) < 0 && !e.officeOfHolder(q, desc, speaker) {
		// "what did the member of the Trump administration say": a speaker
		// the article describes but does not name
		if r, ok := e.saidBy(q, desc); ok {
			return r, true
		}
		if r, ok := e.describedDeclined(q, desc); ok {
			return r, true // "what did his lawyer say": "His lawyer did not respond to a request for comment" (nocommentby.go)
		}
		if speaker < 0 || len(speakerTokens(q)) > 0 {
			return reply{}, false
		}
	}
	if speaker < 0 {
		return reply{}, false
	}
	org := speaker
	speaker, used, own := e.spokenFor(speaker)
	name := e.a.Entities[speaker].Name
	if len(used) == own {
		used = nil
	}
	if len(used) == 0 {
		used = e.reported(speaker)
		if len(used) == 0 && (q.opinion || q.plan) {
			// "the study's take": what a report found is no one's words;
			// let a passage answer
			return reply{}, false
		}
		if len(used) == 0 {
			return e.unquoted(speaker), true
		}
	}
	if q.plan {
		// "what's Okafor doing after this": what she said she would do
		if used = e.intentions(append(used, e.reported(speaker)...)); len(used) == 0 {
			return reply{}, false
		}
	}
	on := e.reportedOnTopic(q, speaker, used)
	if len(on) == 0 {
		used = e.offTopicWords(q, speaker, used) // offtopicwords.go
	}
	used = append(on, e.topicalWords(q, used)...)
	used = ownWordsFirst(q, speaker, used)    // ownwordsfirst.go
	used = e.askedVerbFirst(q, speaker, used) // "what did she tell reporters" (askedverb.go)
	head := name + " said:"
	if len(used) > 0 && org != speaker && len(naming(used[:1], []int{org})) > 0 {
		head = e.a.Entities[org].Name + " and " + name + " said:" // "Halvard said …", then its spokeswoman's words
	}
	if len(used) == 1 && strings.HasPrefix(used[0].text, name) {
		head = "" // "Rachel Svoboda, a spokeswoman …, said": the sentence names her
	}
	if org != speaker && e.r.ents[org].kind == knowledge.Person {
		head = e.proxyHead(org, speaker) // "what did Pryce say": his lawyer's words
	}
	return reply{found: true, head: head, used: used, quoting: true}, true
}

// spokenFor is who speaks for the asked speaker x and what they said: x
// and x's quotations; or, for one who says nothing or an organisation,
// the spokesperson ("Julia Marrow, an FTC spokeswoman, said"; the person
// whose description names them, "whose family has run Hollins
// Hardware"), with an organisation's own statements first. own counts
// those statements.
func (e *Engine) spokenFor(x int) (int, []*sentence, int) {
	var used []*sentence
	if e.r.ents[x].kind != knowledge.Person || !e.hasQuotes(x) && len(e.reported(x)) == 0 {
		if p := e.spokesperson(x); p >= 0 {
			if e.r.ents[x].kind != knowledge.Person {
				used = e.reported(x)
			}
			x = p
		}
	}
	own := len(used)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.speaker == x && !containsSent(used, s) {
			used = append(used, s)
		}
	}
	return x, used, own
}

// describedSpeaker returns the words of "what did X say" that describe the
// speaker beyond any name in X ("member", "report"), or nil when X is only
// a name. A relative clause right after the name or the resolved
// description ("the dem who fought it") restricts a speaker already found
// (Quirk et al., §17.3: the restrictive relative clause), so its words
// are no further description.
func (e *Engine) describedSpeaker(q *query) []term {
	from, to := speakerSpan(q.toks)
	np := q.toks[from:to]
	if _, ok := epithetGender(np); ok && len(np) == 2 {
		return nil // "the woman" describes no one: it stands in for the pronoun
	}
	_, names := e.entitiesIn(np)
	var out []term
	for i, t := range np {
		if relativePronouns[t.lower] && i > 0 && (names[i-1] || q.nameToks[from+i-1]) {
			break // "the dem who fought it": the clause restricts a speaker already found
		}
		if names[i] || q.nameToks[from+i] || stopWords[t.lower] || chatWords[t.lower] || speakerTypeWord(t.lower) || e.introducesSubject(q, np, i) {
			continue
		}
		out = append(out, term{lower: t.lower, stem: t.stem})
	}
	return out
}

// introducesSubject reports whether word i of the speaker phrase np
// stands in a prepositional postmodifier ("the kennel guy in
// fayetteville") and in the introduction of a person the question
// resolved: it locates that person, as the article does ("who owns
// Ortiz Kennels in Fayetteville"), and describes no one else.
func (e *Engine) introducesSubject(q *query, np []token, i int) bool {
	k := i - 1
	for k > 0 && !placePrepositions[np[k].lower] {
		k--
	}
	if k < 1 || !placePrepositions[np[k].lower] {
		return false
	}
	for _, x := range q.subjects {
		if e.r.ents[x].kind == knowledge.Person && e.introNames(e.introduction(x), np, i) {
			return true
		}
	}
	return false
}

// saidBy answers with the sentences in which the described speaker says
// something: they hold every word of the description and a reporting verb
// ("A member of the Trump administration said …").
func (e *Engine) saidBy(q *query, desc []term) (reply, bool) {
	np := speakerTokens(q)
	xs, _ := e.entitiesIn(np)
	var used []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || speechVerbAt(s, nil) < 0 && !hasReporting(s) {
			continue
		}
		if e.describesSubject(s, desc, xs) {
			used = append(used, s)
		}
	}
	if len(used) == 0 {
		return reply{}, false
	}
	if !holdsQuotation(used) {
		if quotationAsked(q) && len(desc) > 0 && singular(desc[len(desc)-1].lower) != desc[len(desc)-1].lower {
			used = append(used, e.memberQuoted(used)...) // "safety advocates said …", then one of them quoted
		} else if group := e.membersSaid(used, desc); len(group) > 0 {
			used = append(used, e.memberQuoted(group)...) // "union leaders said …": the union's member, not whoever the article quotes next
		}
	}
	var words []string
	for _, t := range np {
		words = append(words, t.text)
	}
	return reply{found: true, head: capitalise(strings.Join(words, " ")) + " said:", used: used}, true
}

// describesSubject reports whether every word of the description (and
// every entity) stands in the few words before one of s's reporting verbs:
// the description is the verb's subject ("A member of the Trump
// administration said"), not words elsewhere in the sentence; or it is
// the noun phrase of "according to" (accordingTo).
func (e *Engine) describesSubject(s *sentence, desc []term, xs []int) bool {
	for v, t := range s.toks {
		if s.quoted[v] {
			continue
		}
		if reportingVerbs[t.lower] || speechVerbs[t.lower] {
			if e.spanDescribes(s, subjectFrom(s, v), v, desc, xs) {
				return true
			}
		}
		if to, ok := accordingTo(s, v); ok && e.spanDescribes(s, v+2, to, desc, xs) {
			return true // "According to the fire marshal, the blaze started in a fryer"
		}
	}
	return false
}

// spanDescribes reports whether tokens from..to-1 of s hold every word of
// the description desc and every entity of xs.
func (e *Engine) spanDescribes(s *sentence, from, to int, desc []term, xs []int) bool {
	for _, d := range desc {
		hit := false
		for k := from; k < to; k++ {
			hit = hit || !s.quoted[k] && s.toks[k].meets(d.stem) && (k == to-1 || possessiveDeterminer(s, k) < 0 || !possessivePronouns[s.toks[possessiveDeterminer(s, k)].lower])
		}
		if !hit {
			return false
		}
	}
	for _, x := range xs {
		at := e.position(s, x)
		if !contains(s.named, x) || at < from || at >= to {
			return false
		}
	}
	return true
}

// accordingTo reads the complex preposition of attribution "according to"
// at token v of s (Quirk et al. 1985, §9.10: the source of what the
// sentence reports) and returns the end of its noun phrase: the next
// comma, or the sentence's end.
func accordingTo(s *sentence, v int) (int, bool) {
	if !accordingToAt(s, v) || v+2 >= len(s.toks) {
		return 0, false
	}
	for k := v + 2; k < len(s.toks); k++ {
		if k == len(s.toks)-1 || commaBetween(s, k, k+1) {
			return k + 1, true
		}
	}
	return len(s.toks), true
}

// accordingToAt reports whether tokens v and v+1 of s are "according
// to", the complex preposition that names a source.
func accordingToAt(s *sentence, v int) bool {
	return v >= 0 && v+1 < len(s.toks) && s.toks[v].lower == "according" && s.toks[v+1].lower == "to"
}

// hasReporting reports whether s has a reporting verb outside quotation.
func hasReporting(s *sentence) bool {
	for i, t := range s.toks {
		if reportingVerbs[t.lower] && !s.quoted[i] {
			return true
		}
		if _, ok := accordingTo(s, i); ok && !s.quoted[i] {
			return true // "According to the fire marshal, …"
		}
	}
	return false
}

// spokesperson is the person who speaks for organisation o: one whose
// description names it ("an FTC spokeswoman") or whose "whose" clause
// ties them to it ("Greg Hollins, whose family has run Hollins
// Hardware"), and who is quoted or reported; or -1.
func (e *Engine) spokesperson(o int) int {
	for x, ent := range e.a.Entities {
		if x == o || ent.Kind != knowledge.Person || !e.hasQuotes(x) && len(e.reported(x)) == 0 {
			continue
		}
		for _, text := range e.whoseClauses(x) {
			if toks := tokenize(text); e.namesEntity(toks, o) || e.namesCompany(toks, o) {
				return x
			}
		}
		if contains(e.itsOwners(x), o) {
			return x // "Its director, Sharon Beckwith," after a sentence about o (itsrole.go)
		}
		for _, r := range e.rolesOf(x) {
			if toks := tokenize(r.text); e.namesEntity(toks, o) && e.introducedBy(o, r.s) || e.namesCompany(toks, o) || e.namesBySuperordinate(toks, r.s, o) {
				return x
			}
		}
	}
	return -1
}

// namesCompany reports whether toks name organisation o by the noun
// "company" ("a company spokeswoman"): o must be the article's only
// company (soleCompany), so "the company" can mean no other.
func (e *Engine) namesCompany(toks []token, o int) bool {
	for _, t := range toks {
		if t.lower == "company" {
			return e.r.soleCompany() == o
		}
	}
	return false
}

// whoseClause is a relative clause of possession right after a name
// (", 61, whose family has run Hollins Hardware"), which ties the person
// to what it names (Quirk et al., §17.13: "whose" as the genitive
// relative pronoun).
var whoseClause = lazyRE(`^,\s+(?:\d{1,3},\s+)?(whose\s[^,;:"“”()]*)`)

// whoseClauses returns the "whose" clauses that follow x's name.
func (e *Engine) whoseClauses(x int) []string {
	var out []string
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, sp := range e.nameSpans(s, x) {
			if m := whoseClause.FindStringSubmatch(s.text[sp[1]:]); m != nil {
				out = append(out, m[1])
			}
		}
	}
	return out
}

// namesEntity reports whether toks name entity o by one of its forms.
func (e *Engine) namesEntity(toks []token, o int) bool {
	for _, f := range e.r.ents[o].forms {
		for i := range toks {
			if matchForm(toks, i, f) {
				return true
			}
		}
	}
	return false
}

// reported returns the sentences that report what x said without quoting
// it: x (or a pronoun for x) within three words of a reporting verb.
func (e *Engine) reported(x int) []*sentence {
	var out []*sentence
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || !s.mentions(x) {
			continue
		}
		for v, t := range s.toks {
			if !reportingVerbs[t.lower] || s.quoted[v] || countsAdded(s, v) {
				continue
			}
			if e.speaksAt(s, x, v) {
				out = append(out, s)
				break
			}
		}
	}
	return out
}

// reportingVerbs introduce what someone said in indirect speech (the
// verbs of saying in Quirk et al., §14.29, less those that also report
// acts, such as "announced"), and what a report or an inquiry stated
// ("a Washington Post report disclosed that …"), with "urged", which
// reports a request put in words: WordNet 3.0 files urge ("force or impel
// in an indicated direction; 'I urged him to finish his studies'") among
// the verbs of communication (verb.communication), and it reports no
// other act.
var reportingVerbs = set("said", "says", "told", "tells", "stated", "claimed", "claims",
	"added", "argued", "argues", "insisted", "wrote", "testified", "maintained", "explained",
	"contended", "acknowledged", "conceded", "admitted", "warned", "noted", "disclosed",
	"reported", "revealed", "concluded", "urged", "urges")

// countsAdded reports whether the verb at v is "add" or "write" with a
// number or an indefinite noun phrase for its object ("Adeyemi added 14
// points", "Ferrer added a goal", "he wrote 212 checks"): WordNet's add
// v.1 and v.3 ("make an addition", "increase by") take a thing or a
// quantity, as write does in "produce a literary work" ("He wrote four
// novels"), and only add v.2 ("state or say further") and write's
// "communicate by letter" ("He wrote that he would be coming soon")
// report speech, with a clause or a quotation for their object (Quirk et
// al., §16.31 on reporting verbs' objects), which does not open with the
// indefinite article.
func countsAdded(s *sentence, v int) bool {
	w := s.toks[v].lower
	if !strings.HasPrefix(w, "add") && !strings.HasPrefix(w, "wr") || v+1 >= len(s.toks) {
		return false
	}
	if next := s.toks[v+1].lower; next == "a" || next == "an" {
		return true
	}
	_, _, ok := numberValue(s.toks[v+1])
	return ok
}

// speaksAt reports whether x is the subject of the reporting verb at v:
// named (not as a possessor or a modifier) or referred to by a pronoun
// right before it, or named right after it ("…, said Oakes"). A pronoun
// cannot stand for x when the sentence's quotation is attributed to
// someone else: the attribution resolved that pronoun.
func (e *Engine) speaksAt(s *sentence, x, v int) bool {
	for _, sp := range e.nameSpans(s, x) {
		end := -1
		for k, t := range s.toks {
			if t.end == sp[1] {
				end = k
			}
			if t.start == sp[0] && k == v+1 && inverted(s, v) {
				return true // "said Trevor Oakes"; not "He said Halvard paid"
			}
		}
		if end >= 0 && (v-end == 1 || v-end == 2 && isAdverb(s.toks[end+1].lower)) {
			return true // "Tran said", "Tran also said"; not "the Trump administration said"
		}
		if end >= 0 && v > end && e.appositiveBetween(s, x, end, v) {
			return true // "Lonnie Pruitt, president of Grain Millers Local 118, said"
		}
		if end >= 0 && v > end && e.affiliatedSpeaker(s, end, sp[1], v) {
			return true // "Priya Castellano of Morningstar said" (speakeraffiliation.go)
		}
	}
	if !contains(s.named, x) && v > 0 {
		if s.speaker >= 0 && s.speaker != x {
			return false // "\"I trusted her,\" she said": the attribution gave the quotation, and so its he/she, to another
		}
		p := s.toks[v-1].lower
		if p == "he" || p == "she" || v > 1 && (s.toks[v-2].lower == "he" || s.toks[v-2].lower == "she") {
			return true
		}
		return e.describedSubjectAt(s, x, v) // "the chief said" (describedsaid.go)
	}
	return false
}

// inverted reports whether the reporting verb at v may come before its
// subject: it opens the sentence or follows a comma or a quotation ("…,"
// said Oakes), the places where news style inverts an attribution (AP
// Stylebook, "said"); after a subject ("He said Halvard paid") the name
// that follows begins what was said.
func inverted(s *sentence, v int) bool {
	return v == 0 || strings.ContainsAny(s.text[s.toks[v-1].end:s.toks[v].start], ",\"”—") || s.quoted[v-1]
}

// appositive is a description set off by commas between a subject and its
// verb (Quirk et al., §17.65: the nonrestrictive appositive).
var appositive = lazyRE(`^,[^"“”;()]+,\s*$`)

// appositiveBetween reports whether the tokens after x's name at end and
// before the verb at v are an appositive that names no other person.
func (e *Engine) appositiveBetween(s *sentence, x, end, v int) bool {
	if !appositive.MatchString(s.text[s.toks[end].end:s.toks[v].start]) {
		return false
	}
	for k := end + 1; k < v; k++ {
		if s.quoted[k] {
			return false
		}
	}
	for _, y := range s.named {
		if y != x && e.r.ents[y].kind == knowledge.Person {
			if at := e.position(s, y); at > end && at < v {
				return false
			}
		}
	}
	return true
}

// speakerAsked is the person whose words a quote question asks for: the
// person it names, or the person related to them as the question says
// ("vecchio's lawyer").
func (e *Engine) speakerAsked(q *query) int {
	for _, t := range q.terms {
		if !e.relationNoun(t.lower) || e.compoundRoleUnsaid(q, t) || e.relationAfterSpeech(q, t) {
			continue // "the district attorney" is not the attorney general (compoundrole.go)
		}
		for _, c := range e.rank(q, nil) {
			s := &e.r.sents[c.s]
			if !e.relationAt(s, t) || e.relationOwnerMissing(q, t, s) {
				continue
			}
			if p, collective := e.collectiveVoice(t, s); collective {
				if p >= 0 && !contains(q.subjects, p) {
					return p // "what did the family say": the one who speaks where the article says "the family" (collectivespeaker.go)
				}
				continue
			}
			if p, _, ok := e.nearestPerson(&query{subjects: q.subjects, terms: q.terms}, s, c.matched); ok && (e.hasQuotes(p) || len(e.reported(p)) > 0) && !contains(q.subjects, p) {
				return p
			}
		}
	}
	if np := speakerTokens(q); len(np) > 0 {
		// "what did the Post report say Sessions did": the speaker is the
		// one named before "say", not the one the words are about
		if xs, _ := e.entitiesIn(np); len(xs) > 0 {
			if p := e.describedAmong(q, np, xs); p >= 0 {
				return p
			}
			return xs[0]
		}
	}
	if x := e.subjectSpeaker(q); x >= 0 {
		return x // "what did the judge tell Boyle": not Boyle (hearerspeaker.go)
	}
	if x := e.bodyByNameHead(q); x >= 0 {
		return x // "the ferry service": the body, not its "ferry service director" (bodynamehead.go)
	}
	if p := e.speakerByRole(q); p >= 0 {
		return p
	}
	if x := e.speakingBody(q); x >= 0 {
		return x // "the contractor, Tri-County Data Services,"
	}
	if p := e.storyPerson(q); p >= 0 {
		return p
	}
	for _, x := range q.subjects {
		if !contains(e.afterSpeech(q), x) {
			return x // an organisation speaks through its statements
		}
	}
	return -1
}

// relationAt reports whether s uses the relation noun t, or a WordNet
// synonym of it, as the question does, outside quotation and in the same number: "his lawyer, Jenna
// Morales" describes one person, while "owners" in a spokeswoman's
// quotation describes a group and ties no one to the question's "owner".
func (e *Engine) relationAt(s *sentence, t term) bool {
	return len(e.relationTokens(s, t)) > 0
}

// relationTokens are the tokens at which s uses the relation noun t as
// relationAt reads it.
func (e *Engine) relationTokens(s *sentence, t term) []int {
	var syns []string
	if !e.noLex {
		syns = e.lex.Synonyms(t.lower)                                  // "lawyer" for the article's "attorney"
		syns = append(slices.Clip(syns), e.lex.InformalFor(t.lower)...) // "dad" for "father"
	}
	var out []int
	for k, tok := range s.toks {
		if !s.quoted[k] && (tok.lower == t.lower || slices.Contains(syns, tok.lower) || e.compoundKind(s.toks, k, t)) {
			out = append(out, k) // "his public defender, Alan Brooks": a kind of lawyer (compoundkind.go)
		}
	}
	return out
}

// afterSpeech are the entities a quote question names after its verb of
// saying: the hearer of "tell" ("what did he tell AP", the indirect object
// as recipient; Quirk et al., §10.7) or what the words are about ("say
// about the union"), never the speaker.
func (e *Engine) afterSpeech(q *query) []int {
	np := speakerTokens(q)
	if len(np) == 0 {
		return nil
	}
	v := indexTok(q.toks, np[len(np)-1]) + 1
	if v >= len(q.toks) {
		return nil
	}
	xs, _ := e.entitiesIn(q.toks[v+1:])
	return xs
}

// storyPerson is the person a quote question's lone subject pronoun
// means when nothing in the question or the thread gives it a person (or
// a definite general noun, "the woman", which stands in for the pronoun):
// the one person the headline names, whom the story is about (a news
// headline names its main subject; AP Stylebook, "headlines").
func (e *Engine) storyPerson(q *query) int {
	np := speakerTokens(q)
	if e.hasPersonOf(q.subjects, 0) {
		return -1
	}
	if g, ok := epithetGender(np); ok && len(np) == 2 {
		return e.headlinePerson(g) // "the woman": a general noun used as the pronoun
	}
	if len(np) != 1 || np[0].lower != "he" && np[0].lower != "she" {
		return -1
	}
	g, _ := pronounGender(np)
	return e.headlinePerson(g)
}

// describedAmong is the person the speaker phrase np describes when it
// also names an organisation as a modifier ("the jpl scientist", "the
// neighborhood group guy"): the head noun, last in the phrase, says what
// the speaker is (Quirk et al., §17.104: premodification by nouns), or
// the last before a prepositional postmodifier ("the dealer guy in
// ohio"), so a
// person noun there asks for the person the question resolved by that
// description, not the organisation; or -1.
func (e *Engine) describedAmong(q *query, np []token, xs []int) int {
	head := len(np) - 1
	for k := 1; k < len(np); k++ {
		if placePrepositions[np[k].lower] {
			head = k - 1 // "the dealer guy in ohio": the head comes before its postmodifier
			break
		}
	}
	if e.noLex || e.r.ents[xs[0]].kind == knowledge.Person || !e.personNoun(np[head].lower) {
		return -1
	}
	for _, x := range q.subjects {
		if e.r.ents[x].kind == knowledge.Person && !contains(xs, x) {
			return x
		}
	}
	return -1
}

// speakerByRole finds the quoted person a question names by role ("the
// sheriff", "the union guy"): one whose description holds all of the
// question's words; of several, the first whose words are on the
// question's topic ("what did the prosecutor tell the jury").
func (e *Engine) speakerByRole(q *query) int {
	fits := e.roleSpeakers(q)
	if len(fits) == 0 {
		return -1
	}
	for _, x := range fits {
		if len(e.onTopic(q, e.spokenBy(x))) > 0 {
			return x
		}
	}
	return fits[0]
}

// spokenBy returns the sentences in which x speaks: quoted or reported.
func (e *Engine) spokenBy(x int) []*sentence {
	var out []*sentence
	for i := range e.r.sents {
		if e.r.sents[i].speaker == x {
			out = append(out, &e.r.sents[i])
		}
	}
	for _, s := range e.reported(x) {
		if !containsSent(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// roleSpeakers are the quoted or reported people whose descriptions hold
// every word of the question's speaker phrase; failing any, those whose
// descriptions say each word by a synonym (namesRole), so a word the
// article uses for one person ("president") is never taken for another's
// synonym of it ("chairwoman").
func (e *Engine) roleSpeakers(q *query) []int {
	np := speakerPhrase(q)
	if len(np) == 0 {
		return nil
	}
	for _, bySynonym := range []bool{false, true} {
		var out []int
		for x, ent := range e.a.Entities {
			if ent.Kind != knowledge.Person || !e.hasQuotes(x) && len(e.reported(x)) == 0 {
				continue
			}
			toks := slices.Concat(e.describedBy(x), e.speaksFor(x))
			all := true
			for _, t := range np {
				all = all && slices.ContainsFunc(toks, func(tok token) bool { return tok.meets(t.stem) || bySynonym && e.namesRole(t, tok) })
			}
			if all {
				out = append(out, x)
			}
		}
		if len(out) > 0 || e.noLex {
			return out
		}
	}
	return nil
}

// namesRole reports whether the description word tok says the question's
// speaker word t by a synonym: tok names a person and t is one of its
// WordNet synonyms ("board chair" for the "board chairwoman" an article
// writes: chairman n.1 holds chair, chairperson, chairwoman). Only a
// person noun's synonyms count, so no sense of a modifier ("lead
// investigator") makes its holder a "chair".
func (e *Engine) namesRole(t term, tok token) bool {
	if !e.isPersonNoun(tok.lower) {
		return false
	}
	for _, syn := range e.lex.Synonyms(tok.lower) {
		if !strings.Contains(syn, " ") && stemsMeet(stemOf(syn), t.stem) {
			return true
		}
	}
	return false
}

// speakerTokens are the tokens between the auxiliary and the speech verb
// of "what did X say", or nil.
func speakerTokens(q *query) []token {
	from, to := speakerSpan(q.toks)
	return q.toks[from:to]
}

// speakerSpan is where speakerTokens stand in toks: [from, to), empty
// when the question names no speaker. "How did the faculty react" names
// its speaker before "react" as "what did the faculty say" does before
// "say": the type cues read a reaction as what was said (query.go).
func speakerSpan(toks []token) (int, int) {
	from, to := -1, -1
	for i, t := range toks {
		if from < 0 && auxiliaries[t.lower] {
			from = i
		} else if from >= 0 && (speechVerbs[t.lower] || speechBases[t.lower] || reactionVerbs[t.lower] || talkToPress(toks, i)) {
			to = i
			break
		}
	}
	if from < 0 || to < 0 {
		return sourceSpan(toks)
	}
	return from + 1, to
}

// reactionVerbs are the forms of "react", whose subject reacts by what
// they say or do (WordNet 3.0, react v.1 "show a response or a reaction
// to something").
var reactionVerbs = set("react", "reacts", "reacted", "reacting")

// sourceSpan is where the source stands in "quotes from X", "any word
// from X", "a comment from X": the object of "from" after a noun of what
// is said, up to a preposition or the end; empty when there is none.
func sourceSpan(toks []token) (int, int) {
	for i := 0; i+2 < len(toks); i++ {
		j := i + 1
		if j+2 < len(toks) && toks[j].lower == "on" && pressChannelAt(toks, j+2) {
			j += 3 // "anything on the record from X"
		}
		if !saidNouns[toks[i].lower] && !indefiniteThings[toks[i].lower] || j >= len(toks) || toks[j].lower != "from" {
			continue
		}
		i = j - 1
		end := i + 2
		for end < len(toks) && !topicPrepositions[toks[end].lower] {
			end++
		}
		return i + 2, end
	}
	return 0, 0
}

// saidNouns name what someone said (WordNet's "quotation", "statement",
// "comment", "remark", "word" in its sense of a brief statement), and
// their "reaction" and "response" (WordNet: "a response that reveals a
// person's feelings or attitude"), which a news story gives in their words.
var saidNouns = set("quote", "quotes", "quotation", "quotations", "statement", "statements",
	"comment", "comments", "remark", "remarks", "word", "words", "reaction", "reactions",
	"response", "responses")

// indefiniteThings are the indefinite pronouns that stand for what was
// said in "anything from him?" (Quirk et al., §6.45: the compound
// pronouns in -thing).
var indefiniteThings = set("anything", "something")

// topicPrepositions open what a saying is about ("quotes from the union
// about the closing").
var topicPrepositions = set("about", "on", "regarding", "over", "concerning", "after", "before", "in", "at", "to")

// speakerPhrase is the content words naming the speaker in "what did the
// union guy say": those between the auxiliary and the speech verb.
func speakerPhrase(q *query) []term {
	var out []term
	for _, t := range speakerTokens(q) {
		if !stopWords[t.lower] && !chatWords[t.lower] && !speakerTypeWord(t.lower) {
			out = append(out, term{lower: t.lower, stem: t.stem})
		}
	}
	return out
}

// speakerTypeWord reports whether w, standing in the speaker phrase of
// "what did X say", is a word of the question's type rather than of the
// speaker ("the union guy": a guy); a place noun there is no type cue
// ("what city") but the speaker: the people who govern it, "the city
// said" (WordNet city n.3 and town n.3, a municipality's people taken
// together; Quirk et al. 1985, §5.40 on such collective reference).
func speakerTypeWord(w string) bool {
	return typeWords[w] && w != "city" && w != "town"
}

// hasQuotes reports whether the article quotes p.
func (e *Engine) hasQuotes(p int) bool {
	for _, s := range e.r.sents {
		if s.speaker == p {
			return true
		}
	}
	return false
}

// onTopic keeps the sentences that hold one of the question's content
// terms, with the sentences that continue them (the same speaker, next in
// the paragraph).
func (e *Engine) onTopic(q *query, ss []*sentence) []*sentence {
	var out []*sentence
	for k, s := range ss {
		topical := false
		for _, t := range q.terms {
			if !relationNouns[t.lower] && !opinionNouns[t.lower] && !(q.plan && t.stem == "do") && s.hasTerm(t) {
				topical = true
				break
			}
		}
		if !topical {
			continue
		}
		out = append(out, s)
		if k+1 < len(ss) && ss[k+1].para == s.para && !containsSent(out, ss[k+1]) {
			out = append(out, ss[k+1])
		}
	}
	return out
}

// topicalWords narrows a speaker's sentences to those on the question's
// topic: those that hold its content words and name what it names after
// the verb ("what did he tell AP back in 97": the words told to AP), else
// those that hold its words, else those that name it; all when none do.
func (e *Engine) topicalWords(q *query, used []*sentence) []*sentence {
	topical := followedUp(used, e.onTopic(q, used))
	named := naming(used, e.afterSpeech(q))
	var both []*sentence
	for _, s := range topical {
		if containsSent(named, s) {
			both = append(both, s)
		}
	}
	switch {
	case len(both) > 0:
		return both
	case len(topical) > 0:
		return topical
	case len(named) > 0:
		return named
	}
	return used
}

// followedUp adds to each sentence of topical the speaker's next one in
// used when it stands in the same paragraph or opens the next: news copy
// gives a speaker's point in paraphrase or a partial quotation and
// follows it with the full quotation in the next paragraph (the "quote
// follow-up"; Brooks et al., "News Reporting and Writing", on supporting
// a paraphrase with a direct quotation), so the quotation continues the
// topic though it does not repeat its words.
func followedUp(used, topical []*sentence) []*sentence {
	var out []*sentence
	for _, s := range topical {
		out = append(out, s)
		k := slices.Index(used, s)
		if k < 0 || k+1 >= len(used) || containsSent(topical, used[k+1]) || containsSent(out, used[k+1]) {
			continue
		}
		if n := used[k+1]; n.para == s.para || n.para == s.para+1 {
			out = append(out, n)
		}
	}
	return out
}

// naming keeps the sentences of ss that name one of xs, with the sentence
// that continues each (the same speaker, next in the paragraph).
func naming(ss []*sentence, xs []int) []*sentence {
	var out []*sentence
	for k, s := range ss {
		hit := false
		for _, x := range xs {
			hit = hit || contains(s.named, x)
		}
		if !hit || containsSent(out, s) {
			continue
		}
		out = append(out, s)
		if k+1 < len(ss) && ss[k+1].para == s.para && !containsSent(out, ss[k+1]) {
			out = append(out, ss[k+1])
		}
	}
	return out
}

func containsSent(ss []*sentence, s *sentence) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// whoSaid answers "who said …" with the speaker of the sentence that best
// holds what was said: the quotation's attributed speaker, or the subject
// of the sentence's reporting verb, named as the article names it ("A
// member of the Trump administration").
func (e *Engine) whoSaid(q *query) (reply, bool) {
	asked := askedSpeechVerb(q)
	c, ok := e.best(q, func(s *sentence) bool { return s.speaker >= 0 && asked == nil || speechVerbAt(s, asked) >= 0 })
	if !ok {
		return reply{}, false
	}
	s := &e.r.sents[c.s]
	if s.speaker >= 0 {
		return reply{found: true, head: e.a.Entities[s.speaker].Name + ".", used: []*sentence{s}}, true
	}
	v := speechVerbAt(s, asked)
	if v < 0 {
		return reply{}, false
	}
	start := 0
	for k := v - 1; k >= 0; k-- {
		gap := s.text[s.toks[k].end:s.toks[k+1].start]
		if strings.ContainsAny(gap, ",;\"“”—") {
			start = k + 1
			break
		}
	}
	for start < v && subordinators[s.toks[start].lower] {
		start++ // "While Sessions claims …": the clause's subject follows its conjunction
	}
	start = subordinateSubjectStart(s, start, v)
	if sentenceStart(s, v) && strings.HasSuffix(s.toks[v].lower, "ing") {
		// "Writing for the majority, Justice Abernathy said": an opening
		// participle's subject is the main clause's
		if p := e.firstPersonAfter(s, v); p >= 0 {
			return reply{found: true, head: e.a.Entities[p].Name + ".", used: []*sentence{s}}, true
		}
	}
	if start == v && v+1 == len(s.toks) {
		// "…, his daughter, Carol Brandt-Ostrowski, said.": the speaker
		// comes before a verb that ends the sentence
		if p := e.lastPersonBefore(s, v); p >= 0 {
			return reply{found: true, head: e.a.Entities[p].Name + ".", used: []*sentence{s}}, true
		}
		return reply{}, false
	}
	if start == v && relativeClauseSkipped(s, v-1) != v-1 {
		// "A neighbor, who asked not to be named, called police": the
		// comma closes a relative clause, and the verb's subject is before
		// it (commondoer.go), no speaker after an inverted verb
		p := *q
		p.typ = tPerson
		return e.person(&p)
	}
	if start == v {
		// "…," said X: the speaker follows the verb
		end := v + 1
		for end < len(s.toks) && !strings.ContainsAny(s.text[s.toks[end-1].end:s.toks[end].start], ",.;") {
			end++
		}
		return reply{found: true, head: capitalise(s.text[s.toks[v+1].start:s.toks[end-1].end]) + ".", used: []*sentence{s}}, v+1 < end
	}
	if v > 0 && relativePronouns[s.toks[v-1].lower] && (start == v-1 || start > 0 && determiners[s.toks[start].lower]) {
		// "Jim Hale, who wrote the plan, said": a relative pronoun's
		// subject is its antecedent (Quirk et al., §17.8), and "Ana Ruiz,
		// a Tucson Democrat who wrote the measure": the antecedent is an
		// appositive that describes the name before its comma (§17.65)
		if p := e.lastPersonBefore(s, v-1); p >= 0 {
			return reply{found: true, head: e.a.Entities[p].Name + ".", used: []*sentence{s}}, true
		}
		return reply{}, false
	}
	if reportedPronounSubject(s, start, v) {
		p := *q
		p.typ = tPerson
		return e.person(&p) // "Sorensen … said he had called the fire department": no subject in "said he had" (reportedsubject.go)
	}
	if k := e.sharedSubjectEnd(s, start, v); k > start {
		v = k // "Neighbors welcomed the fine but said": the subject both predicates share (sharedsubject.go)
	} else if r, ok := e.sharedUnnamedDoer(s, v); ok {
		return r, true // "The woman, who was not identified, spotted the body and called 911" (unnamedantecedent.go)
	}
	return reply{found: true, head: capitalise(s.text[s.toks[start].start:s.toks[v-1].end]) + ".", used: []*sentence{s}}, true
}

// subordinateSubjectStart is where the subject of the verb at v begins
// when a subordinator stands between start and v with words after it
// ("minutes after their mother escaped and called 911"): the clause the
// subordinator opens holds the verb, and its subject follows the
// subordinator (Quirk et al. 1985, §14.11 on finite adverbial clauses);
// start otherwise. A subordinator right before the verb ("as said") is
// none of this.
func subordinateSubjectStart(s *sentence, start, v int) int {
	for k := v - 2; k >= start; k-- {
		if subordinators[s.toks[k].lower] && !s.quoted[k] {
			return k + 1
		}
	}
	return start
}

// relativePronouns open a relative clause (Quirk et al., §17.9).
var relativePronouns = set("who", "that", "which", "whom")

// speechVerbAt is the index of the first reporting verb of s outside a
// quotation, or -1; when asked is not nil, of the first form of the
// question's own verb ("Writing for the majority" for "who wrote"). A
// capitalised word inside a body sentence is part of a name, not a verb
// ("the United States"): AP style capitalises a verb only where it opens
// the sentence (AP Stylebook, "capitalization"). A negated verb reports
// no statement ("but have not said how it started", then "…, Ben
// Kowalczyk said."): its clause denies the act (Quirk et al., §10.54).
func speechVerbAt(s *sentence, asked *token) int {
	for i, t := range s.toks {
		if t.cap && s.part == "" && !sentenceStart(s, i) {
			continue
		}
		if !s.quoted[i] && (asked == nil && speechVerbs[t.lower] || asked != nil && t.meets(asked.stem)) && !negatedVerbGroup(s, i) {
			return i
		}
	}
	return -1
}

// lastPersonBefore is the person s names last before token i, or -1.
func (e *Engine) lastPersonBefore(s *sentence, i int) int {
	best, at := -1, -1
	for _, p := range s.named {
		if pos := e.lastNamed(s, p); e.r.ents[p].kind == knowledge.Person && pos < i && pos > at {
			best, at = p, pos
		}
	}
	return best
}

// lastNamed is the token index where entity p is last named in s.
func (e *Engine) lastNamed(s *sentence, p int) int {
	last := -1
	for i := range s.toks {
		for _, f := range e.r.ents[p].forms {
			if matchForm(s.toks, i, f) {
				last = i
			}
		}
	}
	return last
}

// firstPersonAfter is the person s names first after token i, or -1.
func (e *Engine) firstPersonAfter(s *sentence, i int) int {
	best, at := -1, len(s.toks)
	for _, p := range s.named {
		if pos := e.position(s, p); e.r.ents[p].kind == knowledge.Person && pos > i && pos < at {
			best, at = p, pos
		}
	}
	return best
}

// askedSpeechVerb is the question's verb of saying when it is more than
// "say" or "tell" ("who called for …", "who warned …"): the answer must
// have done that, not only have said something; nil otherwise.
func askedSpeechVerb(q *query) *token {
	for i, t := range q.toks {
		if (speechVerbs[t.lower] || speechBases[t.lower]) && !genericSpeech[t.lower] {
			return &q.toks[i]
		}
	}
	return nil
}

// genericSpeech are the verbs that report any saying.
var genericSpeech = set("say", "said", "says", "tell", "told", "tells")

// subordinators open an adverbial clause before its subject (Quirk et al.,
// §14.12: the simple subordinators).
var subordinators = set("while", "although", "though", "whereas", "because", "since", "if",
	"unless", "when", "whenever", "after", "before", "until", "once", "as")

// isAdverb reports whether a word is an adverb that may stand between a
// subject and its verb ("also", "later", "repeatedly").
func isAdverb(w string) bool {
	switch w {
	case "also", "later", "then", "again", "still", "never", "once", "often", "first":
		return true
	}
	return strings.HasSuffix(w, "ly") && !lyNotAdverbs[w]
}

// lyNotAdverbs end in "-ly" without the adverb suffix, which attaches to
// adjectives (Quirk et al. 1985, App. I.39): the nouns and verbs whose
// stem ends so ("the Halvorsen family will cover", "a rally", "rely").
var lyNotAdverbs = set("family", "rally", "supply", "assembly", "ally", "reply", "apply", "comply",
	"imply", "multiply", "rely", "fly", "july", "italy", "belly", "jelly", "bully", "lily", "monopoly",
	"anomaly", "homily", "butterfly", "tally", "gully", "folly", "melancholy")

// speaksFor returns the organisation nouns x reports as the subject of
// what they said ("Pruitt … said the union would seek a meeting", "a
// spokeswoman … said the office was reviewing the decision"): one who
// speaks for an organisation reports its acts by its kind, so the
// question may call them by it ("the union guy"). A noun is an
// organisation's when WordNet files it under "organization".
func (e *Engine) speaksFor(x int) []token {
	if e.noLex {
		return nil
	}
	var out []token
	for _, o := range e.itsOwners(x) {
		out = append(out, tokenize(e.a.Entities[o].Name)...) // "Its director": the aquarium's (itsrole.go)
	}
	for _, s := range e.reported(x) {
		for v := range s.toks {
			if v+2 >= len(s.toks) || !reportingVerbs[s.toks[v].lower] || s.quoted[v] || !e.speaksAt(s, x, v) {
				continue
			}
			if n := s.toks[v+2]; s.toks[v+1].lower == "the" && !n.cap && e.lex.KindOf(n.lower, "organization") {
				out = append(out, n)
			}
		}
	}
	return out
}

// staffNouns are the nouns that, after a genitive, name the people who
// work for its owner ("the governor's office", "the mayor's staff"):
// WordNet's office n.3, "office staff", and staff n.1, "personnel who
// assist their superior".
var staffNouns = set("office", "staff", "aides")

// staffRoles are the descriptions of one who speaks for another: the
// spokesperson nouns ("spokeswoman", "spokesman", "spokesperson") and
// WordNet's assistants who speak for their superior.
var staffRoles = set("aide", "adviser", "advisor", "secretary", "staffer")

// officeSaid answers "what did the governor's office say" with the
// words of those the article describes as speaking for the genitive's
// owner ("The governor's spokeswoman, Tessa Lindqvist"): an office
// speaks through its staff, as news attribution has it (AP Stylebook,
// "spokesman, spokeswoman").
func (e *Engine) officeSaid(q *query) (reply, bool) {
	np := speakerTokens(q)
	n := len(np)
	if n < 2 || !staffNouns[np[n-1].lower] || !np[n-2].poss {
		return reply{}, false
	}
	var owner []token
	for _, t := range np[:n-1] {
		if !stopWords[t.lower] && !chatWords[t.lower] {
			owner = append(owner, t)
		}
	}
	var used []*sentence
	var names []string
	for x, ent := range e.a.Entities {
		if ent.Kind != knowledge.Person || !e.hasQuotes(x) || !e.speaksForOwner(x, owner) {
			continue
		}
		names = append(names, ent.Name)
		for i := range e.r.sents {
			if e.r.sents[i].speaker == x {
				used = append(used, &e.r.sents[i])
			}
		}
	}
	if len(used) == 0 {
		return reply{}, false
	}
	return reply{found: true, head: joinNames(names) + " said:", used: used, quoting: true}, true
}

// speaksForOwner reports whether one of x's descriptions makes x a
// spokesperson or aide and holds every word naming the owner.
func (e *Engine) speaksForOwner(x int, owner []token) bool {
	for _, r := range e.rolesOf(x) {
		toks := tokenize(r.text)
		staff, all := false, len(owner) > 0
		for _, t := range toks {
			staff = staff || strings.HasPrefix(t.lower, "spokes") || staffRoles[t.lower]
		}
		for _, o := range owner {
			all = all && slices.ContainsFunc(toks, func(t token) bool { return t.stem == o.stem })
		}
		if staff && all {
			return true
		}
	}
	return false
}

// quotationAsked reports whether the question asks for quotations by
// name ("any quotes from …", "a quotation").
func quotationAsked(q *query) bool {
	for _, t := range q.toks {
		if strings.HasPrefix(t.lower, "quot") {
			return true
		}
	}
	return false
}

// holdsQuotation reports whether any of ss quotes someone.
func holdsQuotation(ss []*sentence) bool {
	for _, s := range ss {
		if s.speaker >= 0 {
			return true
		}
	}
	return false
}

// memberQuoted returns the quotations of the person a news story
// introduces right after a group's unquoted statement
// ("Safety advocates said the company should have acted sooner." then
// "'Fourteen fires is not a rare event,' said Priya Raman, the executive
// director of Drivers for Safe Roads"): a summary attribution to a group
// is borne out by a quotation from one of its members, the order in which
// news writing supports a paraphrase with a quote (AP Stylebook, "quotations
// in the news"), and a speaker first named after the statement, in its
// paragraph or the next, is that member.
func (e *Engine) memberQuoted(said []*sentence) []*sentence {
	for _, s := range said {
		at := e.indexOf(s)
		for i := at + 1; i < len(e.r.sents) && e.r.sents[i].para <= s.para+1; i++ {
			n := &e.r.sents[i]
			if n.speaker < 0 || e.r.ents[n.speaker].kind != knowledge.Person {
				continue
			}
			if f := e.firstNaming(n.speaker); f == nil || e.indexOf(f) <= at {
				break // a speaker already met speaks for no group here
			}
			var out []*sentence
			for k := range e.r.sents {
				if e.r.sents[k].speaker == n.speaker {
					out = append(out, &e.r.sents[k])
				}
			}
			return out
		}
	}
	return nil
}
