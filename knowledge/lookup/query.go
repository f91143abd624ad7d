package lookup

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"

	"storybot/knowledge"
)

// Stage 2, understanding the question: a typed query with the answer type
// expected, the entities named, the content terms with their weights, and
// the parts of a multi-part question.

// answerType is the kind of answer a question expects.
type answerType int

const (
	tPassage   answerType = iota // the sentence that best answers
	tPerson                      // who …
	tPlace                       // where …
	tTime                        // when …, what time/day/year …
	tCount                       // how many …
	tAmount                      // how much …
	tPercent                     // what percentage/share …
	tAge                         // how old …
	tScore                       // the score, the vote
	tReason                      // why …
	tQuote                       // what did X say
	tYesNo                       // did/is/was …
	tDescribe                    // who is X, what is X, tell me about X
	tChoice                      // …, X or Y?
	tTitle                       // the headline
	tCaption                     // the photo caption
	tCredit                      // who took / is credited with the photo
	tQuoted                      // who is quoted
	tSummary                     // what is the story about
	tByline                      // who wrote the story
	tParty                       // what party is X
	tPublished                   // when the article was published
	tOrder                       // did A happen before or after B
	tWhoSaid                     // who said …
	tWhich                       // which/what <kind of thing> …
	tValue                       // a bare noun ("turnout?"): its value
	tName                        // X's full name
	tTimeline                    // the article's events in order
	tEventsAt                    // what happened at a time
	tFrequency                   // how often …
	tInstance                    // name a …, an example of …
	tKind                        // what kind of …
	tUniform                     // what number does X wear
	tManner                      // how did X VERB …
)

// query is a question understood.
type query struct {
	raw      string // the question as asked, chat forms written out ("b4" → before: expandChat)
	toks     []token
	typ      answerType
	subjects []int        // entities named or referred to
	nameToks map[int]bool // tokens that are part of an entity name
	context  []int        // entities named after a preposition ("in the Senate"): setting, not subject
	terms    []term       // content terms
	focus    []string     // stems of the noun phrase the answer counts ("senior", "center")
	negated  bool
	measure  string    // the adjective of "how big/high/far/long": the number has a unit of it
	options  []string  // the alternatives of "X or Y"
	compare  string    // the comparative of a choice ("older", "more", "first")
	asked    *[]string // the times the question names (askedTimes), once read
	askedOf  string    // the raw text they were read from
	plan     bool      // asks what someone plans to do ("what's she doing after this")
	opinion  bool      // asks for an opinion by a noun, with no verb of saying ("Adeyemi's take?")
	// likeClause: a closing "like X did" compared the act to X's, which
	// the question takes as given
	likeClause bool
	// list: a closing "list it" asked for every act of the kind asked
	list bool
	// followUp: the question has earlier turns in its thread, which a
	// pro-form may refer back to
	followUp bool
	// marked: the possessive of the marked event ("women's") when the
	// question asks about the unmarked one ("the men's race")
	marked string
	// whichNoun: the head noun, as written, of a which-question about a
	// noun that names no entity kind ("contractor"), with the premodifiers
	// asked before it ("council" of "council members")
	whichNoun string
	whichMods []string
}

// term is one content word of a question.
type term struct {
	lower, stem string
	written     string     // the written form's stem, when an irregular form's base differs ("rent", base rend)
	alts        []string   // stems of synonyms the article uses
	phrasal     bool       // a phrasal verb, whose synonyms say what it means ("turn down")
	derived     bool       // its alternatives are forms of the same word ("dropout", "dropped out")
	phrases     [][]string // multi-word forms of it, as stem sequences ("drop", "out")
	entailing   bool       // its phrases are the article's kinds or manners of it, which entail it ("broke out" for "begin")
	kinds       []string   // stems of its alts that are the article's narrower verbs, which entail it ("electrocuted" for "killed": troponymterm.go)
	weight      float64
	known       bool   // the article uses the word or one of its forms
	weak        bool   // known only through words one WordNet link away
	solidVerb   bool   // a noun spelt as a verb and particle the article writes ("markdowns": particlenoun.go)
	given       bool   // a word of a "where" question's clause of time: it ranks, but no sentence must hold it (timeclauseanchor.go)
	byKind      bool   // its alts are the article's nouns of kinds of it (peoplebykind.go): they find sentences but are no counted noun of the question's own
	conversed   bool   // its alts are the article's converses of it, the verb itself unwritten (conversedoer.go)
	readAs      string // for a noun read through its WordNet links, the word and the article's word for it (`"stock" as "share"`), told to the reader
}

// understand turns a question into a query. history resolves pronouns
// from the thread's earlier turns.
func (e *Engine) understand(text string, history []knowledge.Turn) *query {
	text, list := dropListRequest(text) // "…, list it": the answer's form
	stripped := dropLikeClause(text)
	likeClause := stripped != text
	text = dropSourceClause(stripped)                                                                  // "the worker they talked to": the worker
	text = e.unclippedHyphens(text)                                                                    // "the co-op": the cooperative (hyphenclip.go)
	text = e.interstateNames(text)                                                                     // "I-70": Interstate 70, as the article writes it (interstatename.go)
	q := &query{raw: expandChat(text), likeClause: likeClause, list: list, followUp: len(history) > 0} // "r", "b4", "abt": every cue reads the words chat abbreviates (words.go chatForms), once
	q.toks = e.lemmatize(tokenize(expandChat(e.rankNumbers(text))))
	// "call it off": call off it (splitparticle.go)
	q.toks = e.splitParticleJoined(q.toks)
	q.toks = e.typedCompounds(q.toks) // "out of state students": the article's "Out-of-state students" (typedcompound.go)
	e.bareGenitives(q.toks)           // "gebres time": Gebre's time (baregenitive.go)
	e.commonGenitives(q.toks)         // "whats the deputys name": the deputy's name (chatgenitive.go)
	deadCountAsDied(q.toks)           // "how many dead": how many died (deadcount.go)
	q.subjects, q.nameToks = e.entitiesIn(q.toks)
	e.ageDescribed(q) // "the 18-year-old": the one person of that age (agequestion.go)
	q.context = append(e.contextEntities(q.toks, q.nameToks), e.datelinePlaces(q.subjects)...)
	e.placeModifiers(q)
	if g, ok := pronounGender(q.toks); ok && (len(q.subjects) == 0 || !e.hasPersonOf(q.subjects, g) || subjectPronounFirst(q) || objectPronounAfterName(q)) {
		if x := e.fromHistory(history, g, q.subjects); x >= 0 {
			q.subjects = append([]int{x}, q.subjects...)
		}
	}
	q.typ, q.focus = classify(q.toks)
	q.focus = e.irregularPastFirst(q.toks, e.howMuchSubjectVerb(q.toks, e.nounPhraseOnly(q.toks, e.namedModifierSkipped(q, q.focus))))
	q.focus = proFormHeadDropped(q.focus) // "how many others were hurt": how many were hurt
	e.askedNoun(q)
	e.retype(q, text)
	e.identifierNumberAsked(q) // "what's the flight number": which flight (identifiernumber.go)
	if m := measureCue.FindStringSubmatch(strings.ToLower(text)); m != nil {
		q.measure = mannerMeasure(strings.ToLower(text), m[1])
		motionSpeed(q)  // "how fast did she swim": her speed (motionspeed.go)
		e.changeRate(q) // "how fast did the county grow": by how much
	} else if soonElapsed.MatchString(strings.ToLower(text)) {
		q.typ, q.measure = tCount, "quickly" // "how soon did police arrive": the interval, as "how quickly" (fastadverb.go)
	} else if q.typ == tAmount {
		q.measure = measureVerbAsked(q.toks) // "how much does it weigh": how heavy it is
	} else if e.windStrength(q) {
		q.typ, q.measure = tCount, "strong" // "how strong was the wind": its speed
	}
	q.options, q.compare = e.choiceOf(text)
	if len(q.options) == 2 {
		q.typ = tChoice
	}
	q.negated = anyNegation(q.toks)
	e.resolveDescribed(q)
	q.terms = e.termsOf(q)
	// "how long did it take … once they found him": not the anchor's words (timeclauseanchor.go)
	q.terms = mainClauseTerms(q)
	q.terms = privativeGiven(q)    // "w/o power": the article's "wait for power" (privativegiven.go)
	q.terms = conativeGiven(q)     // "try to do to Esposito": the article's "moved to transfer her" (conativegiven.go)
	q.terms = currentGiven(q)      // "the new fare": "raise the fare … to $3.25" (currentlevel.go)
	q.terms = e.originYearGiven(q) // "when was the bridge built": "a 1911 concrete bridge" (originyear.go)
	e.anchorOnlySubjects(q)        // "when did the council hire a firm after Fenwick called": not Fenwick's act (anchorentity.go)
	e.datelineScopeDropped(q)      // "who is the mayor of ord": the dateline's mayor (datelinescope.go)
	e.causedCount(q)               // "how many died": the article's "killing 12 people" (causedcount.go)
	e.causedActOfCounted(q)        // "how many people died": the article's "Three people were killed" (causedcount.go)
	e.verbFocusDropped(q)          // "how many died": "Seven miners died" (verbfocus.go)
	e.roleActs(q)
	q.marked = e.unmarkedEvent(q)
	return q
}

// resolveDescribed makes the person a question describes ("the
// congressman") its subject, when it names no person and asks what that
// person said, is, how old they are or where they are from
// (describedhome.go). Other questions keep the description as words:
// "when did the deputy fly the drone" is answered by a sentence about
// "the deputy", which need not name him.
func (e *Engine) resolveDescribed(q *query) {
	if e.resolveRelation(q) {
		return
	}
	x, span, clause := e.describedPersonAmong(q.toks, q.nameToks, q.typ == tQuote)
	if x < 0 && q.typ == tQuote {
		x, span, clause = e.describedPerson(q.toks, q.nameToks) // one who never speaks: the reply says so
	}
	if e.hasPersonOf(e.outsideDescription(q, clause), 0) {
		return // a person named outside a relative clause is the subject; one inside ("the volunteer who helped ann cole") describes
	}
	span = append(clause, span...) // the clause describes too: "the guy whose suv burned" asks no burning
	if x < 0 || !e.possessed(q, span) && (!aboutPerson[q.typ] && !e.homeAsked(q) && q.typ != tPassage || q.typ == tPassage && !onlyWords(q.toks, span)) {
		return // a passage question is resolved only when it is the description alone ("the gop senator -")
	}
	q.subjects = append([]int{x}, e.outsideDescription(q, span)...)
	names := maps.Clone(q.nameToks)
	if names == nil {
		names = map[int]bool{}
	}
	for _, k := range span {
		names[k] = true
	}
	q.nameToks = names
}

// outsideDescription is the question's subjects less the ones named
// inside the description at span: a place or a body that modifies the
// person noun ("the hollister supt", "the mayor of raleigh") says which
// person is meant, and is not a second subject the answer must name.
func (e *Engine) outsideDescription(q *query, span []int) []int {
	var inside []token
	for _, k := range span {
		if q.nameToks[k] {
			inside = append(inside, q.toks[k])
		}
	}
	within, _ := e.entitiesIn(inside)
	return slices.DeleteFunc(slices.Clone(q.subjects), func(y int) bool { return contains(within, y) })
}

// possessed reports whether the description at span is one person,
// written as a possessive ("the ethiopian guy's time"), in a question that
// asks a thing or a number, not a person: a possessive determines the noun
// after it (Quirk et al., §5.115), so what is asked is the described
// person's own, and the person is the question's subject.
func (e *Engine) possessed(q *query, span []int) bool {
	if len(span) == 0 || q.typ != tPassage && q.typ != tValue && !numericType[q.typ] {
		return false
	}
	head := q.toks[span[len(span)-1]]
	return head.poss && singular(head.lower) == head.lower
}

// onlyWords reports whether the tokens at span are all the content words
// of toks.
func onlyWords(toks []token, span []int) bool {
	for i, t := range toks {
		if !slices.Contains(span, i) && !stopWords[t.lower] && !chatWords[t.lower] {
			return false
		}
	}
	return true
}

// aboutPerson are the answer types that are a person's own: their words,
// their age, what they are.
var aboutPerson = map[answerType]bool{tQuote: true, tAge: true, tDescribe: true}

// likeClause is a clause of comparison closing a question, whose
// predicate the pro-form "do" (or "have") stands for: "like Flynn did",
// "as his predecessor had" (Quirk et al., §15.63 on "like" and "as" in
// comparison clauses; §12.22 on the pro-form "do"). It names whom the
// asked act is compared to, not who is asked about.
var likeClause = lazyRE(`(?i),?\s+(?:just\s+)?(?:like|as)\s+(?:[\w'.-]+\s+){0,3}?[\w'.-]+\s+(?:did|does|do|has|had|have)(?:\s+(?:too|before|earlier))?\s*([?!.]*)\s*$`)

// dropLikeClause removes a closing clause of comparison: "did Sessions
// resign like Flynn did?" asks whether Sessions resigned.
func dropLikeClause(text string) string {
	return likeClause.ReplaceAllString(text, "$1")
}

// retype narrows the interrogative's answer type by what the question
// asks of its noun phrase: a kind ("what kind of drone"), an instance
// ("name a cereal"), an opinion or a plan, which are things said ("X's
// take", "what's X doing next"), a uniform number; and a number the
// question itself states names what is asked about ("the $62 price").
func (e *Engine) retype(q *query, text string) {
	low := strings.ToLower(text)
	if m := kindCue.FindStringSubmatch(low); m != nil && (q.typ == tPassage || q.typ == tWhich) {
		q.typ, q.focus = tKind, []string{stemOf(singular(m[1]))}
	}
	if m := instanceCue.FindStringIndex(low); m != nil && q.typ == tPassage {
		q.typ, q.focus = tInstance, instanceKind(low[m[1]:], e)
	}
	if q.opinion = opinionAsked(q.toks); q.opinion {
		q.typ, q.focus = tQuote, nil // "Adeyemi's take?": what he said
	}
	if q.plan = planAsked(text) && e.speaksOfPlans(q.subjects); q.plan {
		q.typ, q.focus = tQuote, nil // "what's Okafor doing after this": what she said she would do
	}
	if e.positionAsked(q) {
		// "where did rotich finish": "finished second", the verb's
		// complement, as "what did he finish" asks it (positionwhere.go)
		q.typ = tPassage
		q.toks[0].lower, q.toks[0].stem = "what", "what"
	}
	if asksUniform(text) && len(q.subjects) > 0 {
		q.typ = tUniform
	}
	if q.typ == tPassage && rateAsked(contractedWhat(q.toks)) {
		q.typ = e.rateType() // "what's the unemployment rate": its value (ratehead.go)
	} else if q.typ == tPassage && e.moneyHeadAsked(q) {
		q.typ = tAmount // "whats the budget": the sum (moneyhead.go)
	} else if q.typ == tPassage && recordAsked.MatchString(low) && e.writesScore() {
		q.typ = tScore // "what was their record": "finished 2-10" (winloss.go)
	}
	if q.typ == tValue && e.headIsPerson(q.toks) {
		q.typ = tPerson // "wheelchair winner?": the person who is one
	}
	if namesByNumber(q.toks) {
		q.typ, q.focus = tPassage, nil // "the $62 price": the number names the thing asked about
	}
	e.currencyAsAmount(q) // "how many bucks was a pass": the sum, "$65" (currencycount.go)
}

// headIsPerson reports whether a fragment question's head, its last word
// as the head of an English noun phrase is (Quirk et al., §17.2), is a
// singular noun for a kind of person ("winner", "goalkeeper"): it asks who
// that is, as "the winner?" does. A plural ("victims?") may ask how many,
// and stays.
func (e *Engine) headIsPerson(toks []token) bool {
	if e.noLex || len(toks) == 0 {
		return false
	}
	w := toks[len(toks)-1].lower
	return singular(w) == w && e.personNoun(w)
}

// straightQuotes straightens curly quotes and apostrophes. Built once: a
// Replacer is dear to build and safe for concurrent use.
var straightQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// expandChat lower-cases a question and writes out chat abbreviations.
func expandChat(s string) string {
	return chatExpansions.get(s, expandChatOnce)
}

// chatExpansions remembers the latest questions' expansions: the stages
// expand one question's text a dozen times over (a profile of the answer
// benchmark put 9 % of its time here). Whole questions are keys, so it
// keeps only a few.
var chatExpansions = wordMemo[string]{size: 64}

// expandChatOnce is expandChat without the memo.
func expandChatOnce(s string) string {
	s = straightQuotes.Replace(s)
	if strings.Contains(s, "-") {
		s = splitNameHyphens(s) // "sessions-kislyak meetings"
	}
	s = spanBack.ReplaceAllString(s, "$1 ago")  // "a couple years back"
	s = atWhatPoint.ReplaceAllString(s, "when") // "at what point did they close it"
	fields := strings.Fields(s)
	for i, f := range fields {
		core := strings.TrimRight(strings.ToLower(f), "?!.,;:")
		if insideName(fields, i) {
			continue // "Dakota Tech": a word of a name, not chat (namedchat.go)
		}
		if x, ok := chatForms[core]; ok {
			fields[i] = x + f[len(core):]
		} else if x := untilForm(previousField(fields, i), core); x != "" {
			fields[i] = x + f[len(core):] // "how long till": until (untilclip.go)
		} else if x := dottedChatForm(core); x != "" {
			fields[i] = x + strings.TrimPrefix(f[len(core):], ".") // "a.g." for "ag" (dottedchat.go)
		} else if base, ok := strings.CutSuffix(core, "'s"); ok && chatForms[base] != "" {
			fields[i] = chatForms[base] + f[len(base):] // "the gov's office": the genitive of the word written out
		} else if x, ok := capitalAbbrevs[strings.TrimRight(f, "?!.,;:")]; ok && (i == 0 || digitsAhead(fields[i-1]) == 0) {
			fields[i] = x + f[len(core):]
		}
	}
	return strings.Join(fields, " ")
}

// capitalAbbrevs are abbreviations that stand for a title only when
// written in capitals, as lower case spells another word ("ad", an
// advertisement): Merriam-Webster, "AD" abbreviation, athletic director;
// after a number ("79 AD") it is the era (anno Domini), and stays.
var capitalAbbrevs = map[string]string{"AD": "athletic director", "AD's": "athletic director's"}

// spanBack is a span of time before "back", which says "ago" in informal
// English ("two years back": Merriam-Webster, back adverb, sense 3 "ago").
var spanBack = lazyRE(`(?i)\b((?:days?|weeks?|months?|years?|yrs?|decades?)) back\b`)

// atWhatPoint is "at what point" (or "stage", "moment") asked as a whole:
// a prepositional phrase of time that stands as the wh-element, asking
// what "when" asks (Quirk et al., §11.14 on wh-elements as adjuncts of
// time; Merriam-Webster, "point" n., a particular moment of time).
var atWhatPoint = lazyRE(`(?i)\bat what (?:point|stage|moment)\b`)

// hyphenJoin is a hyphen between two words of two or more letters, which
// a question may use to join names ("the sessions-kislyak meetings").
var hyphenJoin = lazyRE(`([A-Za-z]{2,})-([A-Za-z]{2,})`)

// splitNameHyphens splits at hyphenJoin the words of s that do not open
// with a figure: a compound modifier led by a figure ("the 18-year-old",
// "a 6-foot wall") is one word, as the article writes it (AP Stylebook,
// "ages" and "hyphen": compound modifiers), not two names.
func splitNameHyphens(s string) string {
	fields := strings.Split(s, " ")
	for i, f := range fields {
		if f != "" && f[0] >= '0' && f[0] <= '9' {
			continue
		}
		for j := hyphenJoin.ReplaceAllString(f, "$1 $2"); j != f; j = hyphenJoin.ReplaceAllString(f, "$1 $2") {
			f = j // "out-of-state": each match takes a word the next hyphen needs
		}
		fields[i] = f
	}
	return strings.Join(fields, " ")
}

// pronounGender returns the gender of the first personal pronoun of a
// question: 'f', 'm', or 0 for "they"; ok is false without one.
func pronounGender(toks []token) (byte, bool) {
	for _, t := range toks {
		switch t.lower {
		case "she", "her", "hers", "herself":
			return 'f', true
		case "he", "him", "his", "himself":
			return 'm', true
		case "they", "them", "their":
			return 0, true
		}
	}
	return 0, false
}

// subjectPronounFirst reports whether a subject pronoun opens the
// question's clause before any name ("did he meet Kislyak"): a name in
// the clause cannot take its reference from the pronoun subject before it
// (binding theory, Principle C; Chomsky, "Lectures on Government and
// Binding", 1981), so the pronoun points back to someone else.
func subjectPronounFirst(q *query) bool {
	for i, t := range q.toks {
		if q.nameToks[i] {
			return false
		}
		if t.lower == "he" || t.lower == "she" || t.lower == "they" {
			return true
		}
	}
	return false
}

// hasPersonOf reports whether one of xs is a person of gender g.
func (e *Engine) hasPersonOf(xs []int, g byte) bool {
	for _, x := range xs {
		if e.r.ents[x].kind == knowledge.Person && (g == 0 || e.r.ents[x].gender == 0 || e.r.ents[x].gender == g) {
			return true
		}
	}
	return false
}

// fromHistory finds the person a pronoun refers to in the thread: the
// most recent turn's question, then its answer, naming a person of gender
// g (any person when g or their gender is unknown). A turn whose question
// referred back by a pronoun alone kept the topic of the turns before it
// (centering: Grosz, Joshi and Weinstein 1995), so its answer, which
// names others beside the topic, is passed over for them.
func (e *Engine) fromHistory(history []knowledge.Turn, g byte, named []int) int {
	for i := len(history) - 1; i >= 0; i-- {
		texts := []string{history[i].Question, history[i].Answer}
		qt := tokenize(expandChat(history[i].Question))
		if xs, _ := e.entitiesIn(qt); len(xs) == 0 && hasPronoun(qt) {
			texts = texts[:1]
		}
		for _, text := range texts {
			xs, _ := e.entitiesIn(tokenize(expandChat(text)))
			for _, x := range xs {
				if contains(named, x) {
					continue // named in the question itself, so not its pronoun
				}
				if e.r.ents[x].kind == knowledge.Person && (g == 0 || e.r.ents[x].gender == 0 || e.r.ents[x].gender == g) {
					return x
				}
			}
		}
	}
	return -1
}

// hasPronoun reports whether a question refers back with a personal pronoun.
func hasPronoun(toks []token) bool {
	for _, t := range toks {
		switch t.lower {
		case "he", "she", "him", "her", "his", "they", "them", "their":
			return true
		}
	}
	return false
}

// anyNegation reports whether the question is negated.
// A vote's "no" ("vote no") is no negation (votedno.go).
func anyNegation(toks []token) bool {
	for i, t := range toks {
		if (negations[t.lower] || strings.HasSuffix(t.lower, "n't")) && !voteSideAt(toks, i) && !alternativeNot(toks, i) {
			return true
		}
	}
	return false
}

// entitiesIn finds the entities a question names, in any case, by a form
// or by a misspelling of one (edit distance 1, or 2 for long names).
func (e *Engine) entitiesIn(toks []token) ([]int, map[int]bool) {
	var out []int
	names := map[int]bool{}
	for i := 0; i < len(toks); i++ {
		best, bestLen := -1, 0
		for k, ef := range e.r.ents {
			for _, f := range ef.forms {
				meant := e.frequentWord
				if ef.kind != knowledge.Person {
					meant = e.isWord // any dictionary word is itself, not a misspelt place or body ("ward", "mint")
				}
				if len(f) > bestLen && matchFuzzy(toks, i, f, e.isWord, meant) {
					best, bestLen = k, len(f)
				}
			}
		}
		if bestLen == 1 && i > 0 && toks[i-1].lower == "the" {
			best = e.r.theShortName(toks[i].lower, best)
		}
		if bestLen == 1 && interrogativeDeterminerAt(toks, i) && !e.noLex && e.lex.IsWord(toks[i].lower) && e.writtenCommon(toks[i].lower) {
			best, bestLen = -1, 0 // "which church was destroyed" asks which one; the word refers to none
		}
		if best < 0 {
			if x := e.describedCompanyAt(toks, i); x >= 0 {
				best, bestLen = x, 2 // "the hydro company": Brightwater Hydro LLC (companydescribed.go)
			}
		}
		if best >= 0 {
			if !contains(out, best) {
				out = append(out, best)
			}
			for k := i; k < i+bestLen; k++ {
				names[k] = true
			}
			i += bestLen - 1
		}
	}
	return out, names
}

// interrogativeDeterminerAt reports whether "which" or "what" determines
// the word at i: the wh-determiner asks the identity of its noun's
// referent (Quirk et al. 1985, §6.38), so a common noun after it, though
// the article calls one body by it ("the church"), refers to no entity.
func interrogativeDeterminerAt(toks []token, i int) bool {
	if i < 1 {
		return false
	}
	w := strings.ToLower(toks[i-1].text) // "what's okafor doing": "what" with its "is", no determiner
	return w == "which" || w == "what"
}

// writtenCommon reports whether the article writes w in lower case, as a
// common noun ("the church would hold services"): then the question's
// "which church" asks which of its class is meant. A word it writes only
// inside a name ("Washington Post") has no common use to ask about, and
// the name stays the question's reading of it.
func (e *Engine) writtenCommon(w string) bool {
	for i := range e.r.sents {
		for _, t := range e.r.sents[i].toks {
			if !t.cap && (t.lower == w || t.lower == singular(w)) {
				return true
			}
		}
	}
	return false
}

// determinedAt reports whether "the" stands before token i: a pronoun
// takes no article (Quirk et al., §6.2), so "the us" is the initialism.
func determinedAt(toks []token, i int) bool {
	return i > 0 && toks[i-1].lower == "the"
}

// matchFuzzy is matchForm allowing a misspelt word that the article never
// uses, and a hyphen typed as a space ("vasquez lowe").
func matchFuzzy(toks []token, i int, form []string, isWord, frequent func(string) bool) bool {
	if len(form) == 1 && strings.Contains(form[0], "-") {
		parts := strings.Split(form[0], "-")
		if matchFuzzy(toks, i, parts, isWord, frequent) {
			return true
		}
	}
	if i+len(form) > len(toks) {
		return false
	}
	for k, w := range form {
		got := strings.TrimSuffix(toks[i+k].lower, ".")
		w = strings.TrimSuffix(w, ".")
		if typedAs(got, w, len(form) > 1 || determinedAt(toks, i+k)) {
			continue
		}
		if droppedLastLetter(toks, i, form, k, got, w) {
			continue // "marcus bel": a name's last letter dropped, beside its other word typed right
		}
		if !misspeltAs(got, w, isWord, frequent) {
			return false
		}
	}
	return len(form) > 1 || !stopWords[form[0]]
}

// misspeltAs reports whether the question's word got is the name's word
// w misspelt: one letter off (two in a long word that starts right), and
// no word in its own right unless a rare one (not frequent) one letter
// from a long name, nor a
// word derived from the name ("russian" for "russia").
func misspeltAs(got, w string, isWord, frequent func(string) bool) bool {
	if stopWords[got] || chatWords[got] || len(w) < 4 || len(got) < 4 {
		return false
	}
	limit := 1
	if len(w) >= 6 && got[:2] == w[:2] {
		limit = 2
	}
	if abs(len(got)-len(w)) > limit {
		return false
	}
	d := editDistance(got, w)
	if d > limit || got[0] != w[0] && d > 1 {
		return false
	}
	if isWord(got) && (len(w) < 5 || d > 1 || frequent(got)) {
		return false // a word in its own right, unless a rare one a letter from a long name (taggedword.go)
	}
	if isWord(got) && affixedForm(got, w) {
		return false // "russian" for "russia", "appeal" for "Appeals": a derived or base word, not a typo
	}
	return true
}

// affixedForm reports whether the typed word got and the name's word w
// differ only by an ending on one of them: "russian" for "russia", a
// derived word, or "appeal" for "Appeals", the base of a plural or a
// third-person form (Quirk et al., App. I on suffixation and §3.5 on the
// -s ending). A dictionary word so typed is that word, not a misspelt
// name ("is she going to appeal" does not ask about the Court of
// Appeals).
func affixedForm(got, w string) bool {
	return strings.HasPrefix(got, w) || strings.HasPrefix(w, got)
}

// droppedLastLetter reports whether the typed word got is word k of a
// two-or-more-word name, w, with its last letter dropped, while another
// word of the name is typed exactly from token i ("marcus bel").
func droppedLastLetter(toks []token, i int, form []string, k int, got, w string) bool {
	return len(form) > 1 && len(got) == 3 && len(w) == 4 && strings.HasPrefix(w, got) && !stopWords[got] && exactElsewhere(toks, i, form, k)
}

// exactElsewhere reports whether a word of form other than word k is
// typed exactly at its place from token i.
func exactElsewhere(toks []token, i int, form []string, k int) bool {
	for j, w := range form {
		if j != k && strings.TrimSuffix(toks[i+j].lower, ".") == strings.TrimSuffix(w, ".") {
			return true
		}
	}
	return false
}

// typeCue maps the opening words of a question to the answer it expects.
// Patterns are English interrogatives (Quirk et al., §11.14–11.18). "Did
// X say anything about Y" asks for what X said, and "did X talk to the
// press" for what X told it: a yes/no question whether something was said
// is an indirect request for it (Searle, "Indirect Speech Acts", 1975).
// "Anything from him" and "on the record" ask for a person's attributable
// words (AP Stylebook, "on the record": what may be quoted with the
// speaker's name); "how did X take it" asks how X reacted (Oxford
// English Dictionary, "take" v., to receive news or an event in a
// specified way), which a news article tells by what X said, as it does
// for "react".
var typeCues = []typeCue{
	{lazyRE(`\bbefore or after\b|\bafter or before\b`), tOrder},
	{lazyRE(`\bwhat (\w+ )?(did|does|do|has|have|had) .{1,60}\b(say|said|says|tell|told|think|thinks|claim|write|wrote|argue)\b|\b(exact |own )?words\b|\bquote[sd]?\b|\bquotes? from\b|\bin (his|her|their) (own )?words\b|\breact(ed|ion)?\b|\brespond(ed)?\b|\bstatement\b|^ ?(did|does|has|have|had) .{1,40}\b(say|said|comment|commented) (anything|something)\b|^ ?(did|does|has|have|had) .{1,40}\b(comment|commented)( on \w+)?\W*$|^ ?(did|does|has|have|had) .{1,40}\b(talk|talked|speak|spoken|spoke) to (the )?(press|media|reporters|journalists)\b|\b(anything|something|word)( on the record)? from (him|her|them)\b|\bon the record\b|^ ?how (did|does|is|was) .{1,40}\btak(e|ing) (it|the news)\b`), tQuote},
	// "any comment from the union?", "any reaction from her": a request for
	// someone's comment, reaction or response asks for what they said, as
	// "any quotes from" does (Searle, "Indirect Speech Acts", 1975), and a
	// news story gives a reaction by the words it was given in, or says
	// that none was ("declined to comment")
	{lazyRE(`\b(comments?|reactions?|responses?) from\b`), tQuote},
	// "what's the family saying": the progressive of a verb of saying asks
	// what someone says now, which a news story gives by what they said
	// (Quirk et al., the present progressive for a situation in progress
	// at the time of speaking)
	{lazyRE(`^ ?(what|what's|whats) (is |are |was |were )?.{1,60}\b(saying|telling|claiming|arguing)\b`), tQuote},
	// "how did the geologist describe the vent", "how did she put it":
	// "how" before a verb of describing asks the manner of a speech act,
	// which is its wording (describe, characterize and "put" in its sense
	// of expressing in words are reporting verbs: Biber et al., "Longman
	// Grammar of Spoken and Written English", §12.3; WordNet put v.6
	// "formulate in a particular style or language"), and a news story
	// gives it by the speaker's words
	{lazyRE(`^ ?how (did|does|do|has|have|had) .{1,60}\b(describe|described|characteri[sz]e|characteri[sz]ed|put it)\b`), tQuote},
	// "what did the guide add", "what else did she insist": a reporting
	// verb of a reporting clause (Quirk et al. 1985, §14.29: add, reply,
	// insist, warn) whose object is the wh-word, the verb standing last
	// (§11.14), asks for the reported words; with an object of its own
	// ("what did the team add to its roster") it is the verb's other sense
	// and the question is left to the other cues. The factive reporting
	// verbs (admit, concede, acknowledge: Kiparsky and Kiparsky, "Fact",
	// 1970) presuppose what was said is true, so "what did X admit" is not
	// answered by X's words unless the article says X admitted it
	{lazyRE(`^ ?what (else )?(did|does|has|had) .{1,40}\b(add|added|reply|replied|insist|insisted|warn|warned)( (later|afterward|afterwards|too|then))?\W*$`), tQuote},
	{lazyRE(`\btimeline\b|\bchronolog|\bin (what|which) order\b|\bsequence of events\b`), tTimeline},
	{lazyRE(`^ ?what (happened|occurred|took place)\b`), tEventsAt},
	{lazyRE(`^ ?who (said|says|told|claimed|stated|wrote|argued|insisted|called)\b`), tWhoSaid},
	{lazyRE(`\b(what|which) (political )?party\b|\bparty (is|was|does)\b|^ ?(is|was) \S+( \S+)? an? (democrat|republican|independent)\b`), tParty},
	{lazyRE(`\bwhen\b|\bwhat (time|day|date|year|month|minute)\b|\bwhich (day|date|year|month|minute)\b|\bhow soon\b|\bdeadline\b`), tTime},
	{lazyRE(hoursAskedPattern), tTime}, // "what hours is it open": the schedule's clock times (hoursasked.go)
	{lazyRE(`\b(first|full|last|maiden|birth) name\b|\bname at birth\b|\bborn as\b`), tName},
	{lazyRE(`\b(role|job|position|title|occupation|profession|post)\b|\bdo for a living\b|^ ?what does \S+( \S+)? do\b`), tDescribe},
	{lazyRE(`\bhow old\b|\bwhat age\b|\bage of\b|\bage\b`), tAge},
	{lazyRE(`\b(what|which) (percent|percentage|share|proportion)\b|\bpercentage\b|\bpercent\b`), tPercent},
	{lazyRE(`\bhow often\b|\bhow frequently\b`), tFrequency},
	{lazyRE(`\bhow many\b|\bnumber of\b|\bhow (big|large|high|far|tall|long|deep|wide|fast|heavy|quickly|quick|close|near|cold|hot|warm|cool)\b|\bwhat number\b|\bcount\b`), tCount},
	{lazyRE(`\bhow much\b|\bcost\b|\bprice\b|\bworth\b`), tAmount},
	{lazyRE(`\b(final|the) (\w+ )?(score|vote|tally)\b|^ ?(score|tally)\b|\bvote count\b|\bmargin\b`), tScore},
	{behindCause, tReason}, // "what's behind the drop" asks its cause (behindcause.go)
	// "what was the cause of death": the noun "cause" with its of-phrase
	// nominalises "what caused death" (Quirk et al. 1985, §17.51 on
	// nominalisation; "cause" as a noun, causenoun.go)
	{lazyRE(`\bwhy\b|\bhow come\b|\bwhat (causes|caused|leads to|led to|makes|made|kills|killed)\b|\breason\b|\bcauses? of\b`), tReason},
	{lazyRE(`\bwhere\b|\bwhat (city|town|place|state|country|county|venue|stadium)\b|\bwhich (city|town|place|state|country|county|venue|stadium)\b`), tPlace},
	{lazyRE(`^ ?(who|whom|whose)\b|^ ?(what|what's|whats) (is |was )?(the |his |her |their )?name\b|\bname of\b|\b(his|her|their|'s) name\b|^ ?(what|what's|whats) (is |was )?(\S+ ){1,3}name\b|^ ?which (person|man|woman|player|official|candidate)\b`), tPerson},
	{lazyRE(`^ ?how (did|does|do|was|were|is|are|has|have|had|could|can|will|would) `), tManner},
}

// typeCue is an interrogative pattern and the answer type it asks for.
type typeCue struct {
	re  *lazyRegexp
	typ answerType
}

// classify finds the answer type and the noun the answer counts or names.
func classify(toks []token) (answerType, []string) {
	words := contractedWhat(toks)
	s := " " + strings.Join(dropChat(words), " ") + " "
	won := titleAsObject(words)
	if t, ok := metaType(s); ok && !(won && t == tTitle) {
		return t, nil // "who won the title" asks no headline
	}
	if head, at := whichHead(s); at > 0 {
		return tWhich, []string{stemOf(head)} // "which state agency": an agency, not a place
	}
	if isAux(dropChat(words)) && asksBound(s) {
		return tYesNo, nil // "did it cost over $400k": a yes/no of a bounded figure (figurebound.go)
	}
	skip := noType
	if won {
		skip = tDescribe // "who won the title" asks no role
	}
	c, loc := firstCue(s, skip)
	if c != nil && c.typ == tScore && tallyVerbRe.MatchString(s) {
		c, loc = firstCue(s, tScore) // "did the union vote": the act, not the tally
	}
	if c != nil && figureNounInYesNo(s, s[loc[0]:loc[1]], dropChat(words)) {
		return tYesNo, nil // "does the price include the premium": whether, not how much (figurenoun.go)
	}
	if c != nil {
		var focus []string
		if countingCue.MatchString(s[loc[0]:loc[1]]) && !countPrepHead(s[loc[0]:loc[1]], s[loc[1]:]) {
			focus = focusAfter(s[loc[1]:]) // "how many in serious condition": no noun counted (countprephead.go)
		}
		return refine(c.typ, s, words), focus
	}
	if len(words) > 0 && isAux(dropChat(words)) {
		return tYesNo, nil
	}
	if head, _ := whichHead(s); head != "" {
		return tWhich, []string{stemOf(head)}
	}
	if isFragment(dropChat(words)) {
		return tValue, nil
	}
	return tPassage, nil
}

// firstCue is the type cue that decides a question: the first in the
// list's order, unless that one stands later in the question and another
// cue matches at the question's opening interrogative, when the first is
// itself an interrogative or a noun modifying another: the fronted
// wh-element sets the question (Quirk et al. §11.14), so "how old was his
// wife when she died" asks an age ("when" opens a subordinate clause)
// and "where are they putting the job center" a place (a cue word inside
// a compound noun asks nothing). A cue that ends on the word before an
// earlier cue takes its place: in "the vote count" the cue "the
// vote" premodifies "count" and says which count (Quirk et al. §17.104),
// a score, not any number. A cue of type skip is passed over.
func firstCue(s string, skip answerType) (*typeCue, []int) {
	var first *typeCue
	var at []int
	gates := typeCueGates()
	open := whOpening(s) // "by how much": the fronted preposition opens it with the wh-word (frontedpreposition.go)
	for i := range typeCues {
		c := &typeCues[i]
		var loc []int
		if gates[i].admits(s) {
			loc = c.re.FindStringIndex(s)
		}
		if loc == nil || c.typ == skip || subordinateWhen(s, c, loc) {
			continue
		}
		if first == nil {
			first, at = c, loc
			if at[0] <= open {
				break // it opens the question: no later cue can take its place
			}
			continue
		}
		if loc[0] < at[0] && loc[1]+1 == at[0] {
			first, at = c, loc // "the vote count": a cue that premodifies the cue "count" says which count
			continue
		}
		if at[0] > open && loc[0] <= open && whWords[firstField(strings.Fields(s[loc[0]:]))] && (whWords[firstField(strings.Fields(s[at[0]:]))] || modifiesNoun(s, at)) {
			return c, loc
		}
		if reasonOpens(s, c, loc, at) {
			return c, loc // "why did the repair cost so much": a reason, not an amount (whyopening.go)
		}
		if yieldsToOpening(s, first, at, c, loc) || roleNounYields(s, first, at, c, loc) {
			return c, loc // "how many fire departments responded": the act, not a quotation; "who set the deadline": a person
		}
	}
	return first, at
}

// subordinateWhen reports whether cue c matched at loc is a "when" past
// the opening of a question another wh-word opens ("what category was it
// when it hit land"): the fronted wh-element is what is asked (Quirk et
// al. §11.14), and a "when" after it opens a subordinate clause of time
// (§15.25), which asks nothing; so does a "when" after an operator that
// opens a yes/no question (operatorwhen.go).
func subordinateWhen(s string, c *typeCue, loc []int) bool {
	if c.typ != tTime || loc[0] <= 1 || !strings.HasPrefix(strings.TrimSpace(s[loc[0]:]), "when") {
		return false
	}
	w := firstField(strings.Fields(s))
	return whWords[w] && !strings.HasPrefix(w, "when") || operatorWhen(s, loc[0])
}

// noType is no answer type: firstCue skips none.
const noType answerType = -1

// tallyVerbRe finds a question whose opening is no request for a tally
// though it holds "the vote" or "the score": an operator fronted before
// the subject opens a yes/no question ("did the union vote", "was the
// board vote unanimous"), where "vote" is the bare verb after do-support
// or the subject's noun (Quirk et al. §3.37, §11.5); and a fronted
// wh-word other than "what" sets the question's type itself (§11.14):
// "who had the top score" asks a person, "how did the council vote" a
// manner.
var tallyVerbRe = lazyRE(`^ ?(who|whom|whose|which|where|when|why|how|is|was|are|were|did|does|do|didn't|doesn't|will|would|could|should|can|has|have|had)\b`)

// modifiesNoun reports whether the cue word at loc is followed by a
// content word, as a noun premodifying another is ("job center", "title
// game"): the compound's head is the other noun, and the cue word asks
// nothing.
func modifiesNoun(s string, loc []int) bool {
	w := firstField(strings.Fields(s[loc[1]:]))
	w = strings.Trim(w, "?!.,;:")
	return w != "" && !stopWords[w] && !chatWords[w] && !whWords[w]
}

// whichRe is "which X" or "what X" at the start of a question.
var whichRe = lazyRE(`^ ?(which|what) (\w+)`)

// whichHead is the class noun a "which/what" question asks an instance
// of: the head of the noun phrase after the wh-word, which is its last
// noun, after any premodifying nouns and adjectives (Quirk et al.,
// §17.2: "which House committee", "what federal agency"). It looks at
// most three words on and stops at an auxiliary, determiner or
// preposition, where the noun phrase has ended; at is its place after
// the wh-word, and head is "" when none is a class noun.
func whichHead(s string) (head string, at int) {
	m := whichRe.FindStringSubmatchIndex(s)
	if m == nil {
		return "", -1
	}
	at = -1
	words := strings.Fields(s[m[4]:])
	for i := 0; i < len(words) && i < 3; i++ {
		w := words[i]
		if auxiliaries[w] || determiners[w] || prepositions[w] || w == "and" || w == "or" {
			break // the noun phrase has ended, or a coordinated one asks two things
		}
		if classNouns[singular(w)] != "" {
			head, at = singular(w), i // the last one: "which state agency" asks an agency
		}
	}
	return head, at
}

// singular drops a plural -s ("states" → "state"). A word in "-us" or
// "-is" after a consonant is left whole: English writes those endings on
// singulars taken from Latin and Greek ("bus", "census", "octopus",
// "crisis", "basis"; Quirk et al., §5.94–5.98 on foreign plurals), far
// more often in the news than on plurals of nouns in "-u" or "-i"
// ("menus", "skis").
func singular(w string) string {
	if strings.HasSuffix(w, "ies") {
		return w[:len(w)-3] + "y"
	}
	if n := len(w); n >= 3 && (w[n-2] == 'u' || w[n-2] == 'i') && w[n-1] == 's' && !strings.ContainsRune("aeiou", rune(w[n-3])) {
		return w
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return w[:len(w)-1]
	}
	return w
}

// isFragment reports whether a question is a bare noun phrase of one to
// three words ("turnout?", "dropout rate?"), which asks for its value.
func isFragment(words []string) bool {
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if whWords[w] || auxiliaries[w] || stopWords[w] {
			return false
		}
	}
	return true
}

// quoteAmountRe is "how much did X say about …", a quotation question.
var quoteAmountRe = lazyRE(`\bhow much\b.*\b(say|said)\b`)

// refine narrows a type by the words around its cue.
func refine(t answerType, s string, words []string) answerType {
	switch {
	case t == tAmount && quoteAmountRe.MatchString(s):
		return tQuote
	}
	return t
}

// countingCue is a cue followed by the noun counted ("how many votes").
var countingCue = lazyRE(`how many|how much|number of|what number`)

// focusAfter is the noun phrase after a counting cue, as stems: up to two
// content words before the next function word ("how many senior centers
// took part" → senior, center).
func focusAfter(rest string) []string {
	if r, ok := pronounPartitiveRest(rest); ok {
		return focusAfter(r) // "how many of them had never rowed": no noun counted (pronounpartitive.go)
	}
	var out []string
	if fs := strings.Fields(rest); len(fs) > 1 && isAdverb(strings.Trim(fs[0], "?!.,")) {
		if w := firstField(fs[1:]); auxiliaries[w] || strings.HasSuffix(w, "n't") {
			return nil // "how many still don't have power": an adverb, then the verb's auxiliary; "many" is the subject
		}
	}
	if w := firstField(strings.Fields(rest)); auxiliaries[w] || getForms[w] || rateMarkers[w] {
		// "how much did the fire grow": a measure, no noun counted; "how
		// many got sick": "many" is the subject itself, a verb next; "how
		// much per share", "how much a ticket": "much" heads its phrase as
		// a pronoun and the rate's noun names the item each amount is of,
		// not what is counted (Quirk et al., §5.50, the indefinite article
		// meaning "per")
		return nil
	}
	fields := strings.Fields(rest)
	if pastVerbFirst(fields) {
		return nil // "how many started the race": "many" is the subject, the verb next
	}
	for k, raw := range fields {
		w := strings.TrimSuffix(strings.TrimSuffix(strings.Trim(raw, "?!.,"), "'s"), "'")
		if len(out) > 0 && pluralHeadBefore(fields[k-1], w) {
			break // "how many people lost power": the plural head ends the phrase, "lost" is its verb
		}
		if peopleWords[w] && len(out) == 0 {
			return []string{stemOf("people")} // "how many folks": how many people
		}
		if _, compared := comparedDirection[w]; (distinctWords[w] || compared) && len(out) == 0 {
			continue // "how many different states": how many states; "how many fewer birds": birds (changeverb.go)
		}
		if stopWords[w] || chatWords[w] && w != "people" {
			if len(out) > 0 {
				break
			}
			continue
		}
		out = append(out, stemOf(w))
		if len(out) == 2 {
			return countedHeadAhead(out, fields, k) // "how many high school students": students (countedheadahead.go)
		}
	}
	return out
}

// namedModifierSkipped is the counted noun phrase past a name that
// premodifies it ("how many Carolina Coastal Power customers": customers):
// a proper noun before the head of a noun phrase modifies it (Quirk et
// al., §17.108), and the name is the question's subject, not what it
// counts. "Many" takes a plural count noun (Quirk et al., §5.23), so the
// head is the plural noun after the name; a name followed by no such noun
// is itself counted ("how many Democrats voted").
func (e *Engine) namedModifierSkipped(q *query, focus []string) []string {
	for i := 1; i < len(q.toks); i++ {
		if !q.nameToks[i] || q.toks[i-1].lower != "many" {
			continue
		}
		k := i
		for k < len(q.toks) && q.nameToks[k] {
			k++
		}
		if k == len(q.toks) || q.toks[k-1].poss || !plural(q.toks[k].lower) || !e.canBe(singular(q.toks[k].lower), "noun") {
			return focus
		}
		var rest []string
		for _, t := range q.toks[k:] {
			rest = append(rest, t.lower)
		}
		if f := focusAfter(strings.Join(rest, " ")); len(f) > 0 {
			return f
		}
	}
	return focus
}

// auxiliaries open a yes/no question (Quirk et al., §11.5).
var auxiliaries = set("is", "was", "are", "were", "did", "does", "do", "has", "have", "had",
	"can", "could", "will", "would", "should", "isn't", "wasn't", "didn't", "doesn't",
	"hasn't", "haven't", "won't", "aren't", "weren't", "may", "might", "must", "shall")

// getForms are the forms of "get", which after "how many" is the verb of
// the get-passive or of becoming ("how many got hurt", "how many got
// sick"; Quirk et al., the get-passive and "get" as a copula), never a counted noun.
var getForms = set("get", "gets", "got", "gotten", "getting")

// isAux reports whether a question opens with an auxiliary verb.
func isAux(words []string) bool { return len(words) > 0 && auxiliaries[words[0]] }

// dropChat removes chat framing ("hey quick q -", "lol ok so") from the
// start of a question.
func dropChat(words []string) []string {
	i := 0
	for i < len(words)-1 && (chatWords[words[i]] || words[i] == "quick") && !auxiliaries[words[i]] {
		i++
	}
	return words[i:]
}

// metaCues recognise questions about the article itself, in order.
var metaCues = []struct {
	re, not *lazyRegexp
	typ     answerType
}{
	{lazyRE(`\b(article|story|piece)\b.*\b(published|written|posted|come out|came out|dated)\b|\b(published|written|posted)\b.*\b(article|story)\b`), nil, tPublished},
	{lazyRE(`\bheadline\b|\b(the|article|story|its) title\b|\btitle of (the|this) (article|story|piece)\b`), lazyRE(`\b(job|his|her)\b`), tTitle},
	{lazyRE(`\b(photo|photograph|picture|image|pic)\b.*\b(credit|credited|took|taken|by)\b|\b(credit|took|take|taken|shot)\b.*\b(photo|photograph|picture|image|pic)\b|\bphotographer\b`), nil, tCredit},
	{lazyRE(`\bcaption\b|\b(photo|picture|image) (show|shows|of)\b|\b(in|on) the (photo|photograph|picture|pic|image)\b`), nil, tCaption},
	{lazyRE(`\bhow many (people|persons|sources|speakers)\b.*\bquot|\bwho (is|are|gets|get) (directly )?quoted\b|\bwho('s| is) quoted\b`), nil, tQuoted},
	{lazyRE(`\bbyline\b|\bwho (wrote|writes|reported|authored|filed) (this|the (story|article|piece))\b|\bwho(\s?['’]?s|\s+is|\s+was)?\s+the\s+(author|writer|reporter)\s*$|\b(author|writer|reporter) of (this|the) (story|article|piece)\b`), nil, tByline},
	{lazyRE(`^ ?(what'?s|what is) (this|the) (story|article)( about)?\b|\bsummar|\btl;?dr\b|\bgist\b|\blede\b|\bnut ?graf\b`), nil, tSummary},
}

// typeCueGates and metaCueGates are the literal gates of typeCues' and
// metaCues' patterns, by index.
var (
	typeCueGates = sync.OnceValue(func() []litGate {
		out := make([]litGate, len(typeCues))
		for i, c := range typeCues {
			out[i] = newLitGate(c.re)
		}
		return out
	})
	metaCueGates = sync.OnceValue(func() []litGate {
		out := make([]litGate, len(metaCues))
		for i, c := range metaCues {
			out[i] = newLitGate(c.re)
		}
		return out
	})
)

// metaType recognises questions about the article itself.
func metaType(s string) (answerType, bool) {
	gates := metaCueGates()
	for i, c := range metaCues {
		if gates[i].admits(s) && c.re.MatchString(s) && (c.not == nil || !c.not.MatchString(s)) {
			return c.typ, true
		}
	}
	return 0, false
}

// termsOf picks the content terms of a question: not stop words, chat
// words, entity names or the type cue, each weighted by its rarity in the
// article (a word the article never uses weighs as the rarest).
func (e *Engine) termsOf(q *query) []term {
	nameWords := map[string]bool{}
	for _, s := range q.subjects {
		for _, f := range e.r.ents[s].forms {
			for _, w := range f {
				nameWords[w] = true
			}
		}
	}
	var out []term
	seen := map[string]bool{}
	for i, t := range q.toks {
		l := t.lower
		cue := e.cueAt(q, i) // "come back": return, no cue (cuephrasal.go)
		if mv, ok := e.stopVerbPhrase(q, i); ok && !seen[mv.stem] {
			seen[mv.stem] = true // "when did they get in", "get there" (arrivalverb.go): the stop verb "get" with its particle or place pro-form is one verb
			mv.weight = e.weigh(q, i, mv)
			out = append(out, mv)
			continue
		}
		if (stopWords[l] && lightVerbs[l] || cue) && !seen[t.stem] {
			if it, ok := e.idiomVerb(q.toks, i); ok {
				seen[t.stem] = true // "get rid of", "came up with": a stop or cue verb that heads an idiom
				e.markIdiomSeen(q.toks, i, it, seen)
				it.weight = e.weigh(q, i, it)
				out = append(out, it)
				continue
			}
		}
		if l == "" || stopWords[l] || chatWords[l] && !q.chatPredicateAt(i) || nameWords[l] || cue || seen[t.stem] || q.nameToks[i] || q.measure != "" && measureVerbs[t.stem] == q.measure || q.measure == l && i > 0 && q.toks[i-1].lower == "how" || q.notTermAt(i) {
			continue // "how close": the adjective asks a measure, as typeWords' do
		}
		if e.framesTheAnswer(q, i) || q.typ == tYesNo && relationAdverbs[l] {
			continue // "did they beat them earlier this season": when, not what
		}
		seen[t.stem] = true
		tm, ok := e.termAt(q, i, seen)
		if !ok {
			continue
		}
		tm.weight = e.weigh(q, i, tm)
		out = append(out, tm)
	}
	return e.withAgoAnterior(q, e.withRemainderWords(q, e.withJoiningVerbs(q, e.withPostVerbs(q, e.withStillForRemain(e.withMotionUnits(q, e.withQuantityUnits(q, e.withCurrencySigns(q, e.withGiftVerbs(q, e.withPriceVerbs(q, e.withBuyerVerbs(q, e.withAgainVerbs(q, e.withAnnouncingVerbs(q, e.withPhaseExpressions(q, e.withDefeatVerbs(q, e.withDirectingVerbs(q, e.withArrangementWords(q, e.withUnanimousDecision(q, e.withOutVerbs(e.withForecastVerbs(e.withChangeVerbs(e.withConverseVerbs(q, e.withSpelledTitles(out))))))))))))))))))))))) // "remain closed": "still closed" (remainstill.go)
}

// termAt reads question word i as a term for termsOf, and false when it
// only qualifies what is asked. A phrasal verb's particle is marked seen:
// it is part of the verb ("pass away"), no term of its own.
func (e *Engine) termAt(q *query, i int, seen map[string]bool) (term, bool) {
	tm := e.jobNounAlts(e.withArticleVerbs(e.meaning(q.toks, i), q.toks[i]))
	if dt, ok := e.diedEuphemism(q, i); ok {
		tm = dt // "where'd he pass": where he died
	}
	if at, ok := e.amountVerb(q, i); ok {
		tm = at // "how much does he make": what he earns
	}
	if mv, ok := e.multiWordVerb(q, i); ok && !tm.phrasal {
		tm = mv // "did it go through?" asks whether it passed, not whether it went
	}
	tm = q.otherWordsDropped(tm, i)
	tm = e.countedKindTerm(q, i, tm) // "how much meat": the article's "300 pounds of venison" (narrowerknown.go)
	if pt, ok := e.presenceCrowd(q, i, tm); ok {
		tm = pt // "how many showed up": the article's "a crowd of 300" (presencecount.go)
	}
	if dt, ok := e.displacedTerm(q, i, tm); ok {
		tm = dt // "how many had to evacuate": "forcing 1,900 people from their homes" (presencecount.go)
	}
	if at, ok := e.arrivalTerm(q, i, tm); ok && !(q.typ == tCount && countsPeopleOrNone(q.focus) && q.measure == "") {
		tm = at // "how quickly did police show up": "An officer arrived nine minutes later" (arrivalverb.go)
	}
	if e.presentTimeOnly(q.toks, i) {
		return term{}, false // "the current mayor": the mayor now (presentadjective.go)
	}
	if attributiveOld(q.toks, i) {
		ot, ok := e.oldOrdinalTerm(i == 0) // first only in a choice's alternative, stripped of its article
		if !ok {
			return term{}, false // "the old record" in an article with no "previous": dropped, as the age cue was
		}
		tm = ot // "the old record": the article's "previous record"
	}
	if (!tm.known || tm.phrasal) && e.qualifiesOnly(q, i) {
		return term{}, false // "the official who talked about it": a verb of speaking, with or without its particle
	}
	tm = e.withTroponyms(q, i, tm) // "killed": the article's "electrocuted" (troponymterm.go)
	if tm.phrasal && len(tm.phrases) == 1 && len(tm.phrases[0]) == 2 {
		seen[tm.phrases[0][1]] = true
	}
	if tm.phrasal && i+1 < len(q.toks) && strings.HasSuffix(tm.lower, " "+q.toks[i+1].lower) {
		seen[q.toks[i+1].stem] = true // "stick around"
	}
	if tm.derived && i+1 < len(q.toks) && tm.lower == q.toks[i].lower+" "+q.toks[i+1].lower && !spatialParticles[q.toks[i+1].lower] {
		seen[q.toks[i+1].stem] = true // "bumble bees": one closed compound (compoundhyponym.go)
	}
	e.markIdiomSeen(q.toks, i, tm, seen)
	return tm, true
}

// cueOnly reports whether question word i is a type word that only asks
// a kind of answer here: not the event of a manner question, not content
// in its type or in a yes/no question, and not the item of a rate asked
// ("per share").
func (q *query) cueOnly(i int) bool {
	l := q.toks[i].lower
	if q.typ == tReason && i > 0 && q.toks[i-1].lower == "what" && causingFrameVerbs[l] {
		return true // "what caused the deaths" asks for a cause, as "why" does
	}
	if q.typ == tReason && (l == "cause" || l == "causes") && i+1 < len(q.toks) && q.toks[i+1].lower == "of" {
		return true // "what was the cause of death" asks for a cause, as "what caused" does
	}
	if q.typ == tScore && l == "record" {
		return true // "what was their record": the wins and losses, "4-8" (winloss.go)
	}
	if q.typ == tReason && behindCauseAt(q.toks, i) {
		return true // "what's behind the drop" (behindcause.go)
	}
	return typeWords[l] && !eventVerb(q, l) && !contentInType(l, q.typ) && !q.contentInYesNo(l) && !rateItemAt(q.toks, i) && !attributiveOld(q.toks, i)
}

// causingFrameVerbs are the verbs of causing that, after a subject
// "what", ask for a cause the way "why" does ("what caused the fire",
// "what led to the delay", "what made them leave"): the causative verbs
// of Quirk et al., §16.52, in the forms the reason cue reads.
var causingFrameVerbs = set("cause", "causes", "caused", "leads", "led", "makes", "made")

// framesTheAnswer reports whether question word i only frames the answer
// asked, whether or not the article uses it.
func (e *Engine) framesTheAnswer(q *query, i int) bool {
	l := q.toks[i].lower
	switch {
	case additiveAt(q.toks, i):
		return true // "as well", "either": add the clause to another, and say nothing of it
	case approximators[l] && numericType[q.typ]:
		return true // "roughly how many" hedges the figure asked, which the article may give exactly or hedge otherwise
	case l == "times" && i > 0 && q.toks[i-1].lower == "many" && !e.known(q.toks[i]):
		return true // "how many times": a frequency, which "twice" or "once" gives without the noun (Quirk et al., §8.64)
	case (l == "people" || l == "persons" || l == "person") && !e.known(q.toks[i]) && !e.noLex:
		return true // the count's noun: passengers, voters and residents are people
	case e.moneyFrame(q.toks, i):
		return true // "how much money did it lose": the sum asked, which a figure in dollars gives without the noun
	case distinctWords[l] && i > 0 && q.toks[i-1].lower == "many":
		return true // "how many different states": each thing a count counts is another
	case q.typ == tQuote && quoteFrameAt(q.toks, i):
		return true // "on the record", "any comment from the union": what every quotation is
	case e.viewpointWise(q.toks, i) || !e.known(q.toks[i]) && e.viewpointAdverb(l):
		return true // "$ wise", "moneywise": in the respect the noun names
	case i+1 < len(q.toks) && e.viewpointWise(q.toks, i+1) && !e.known(q.toks[i]):
		return true // "money wise": the respect, which the article need not name
	case e.substituteOne(q.toks, i):
		return true // "the priciest one": a noun the question leaves out, no number
	case e.unwrittenFrame(q, i):
		return true // "where is the plant located", "how many picks are involved": no more than the type asks
	case e.durationFrameAt(q, i):
		return true // "how long does the bill last", "how long did the swim take": the duration, which "a five-year bill" gives
	case e.occasionWord(q, i):
		return true // "when is the next inspection", "when was it last seen": which occurrence, which the time answered tells
	case e.getPassiveAt(q.toks, i):
		return true // "which department is getting cut": the get-passive's auxiliary, as "being" would be (Quirk et al., §3.66)
	}
	return false
}

// substituteOne reports whether token i is "one" or "ones" standing for
// a count noun the question leaves out ("the priciest one", "which
// one"): the substitute one, after a determiner or an adjective and
// before no "of" (Quirk et al., §12.14–12.16, "one" as a substitute
// for a noun phrase head), or as a verb's object ending its phrase ("catch
// one"), which names no number and no thing of its own.
func (e *Engine) substituteOne(toks []token, i int) bool {
	if l := toks[i].lower; l != "one" && l != "ones" || i == 0 || i+1 < len(toks) && toks[i+1].lower == "of" {
		return false
	}
	p := toks[i-1].lower
	if substituteDeterminers[p] || e.superlativeBase(p) != "" || e.canBe(p, "adj") && !e.canBe(p, "noun") && !numberLike(p) {
		return true
	}
	// the indefinite substitute, "a" + noun with no determiner, as a
	// verb's object ending its phrase: "when did they catch one" (Quirk et
	// al., §12.16)
	end := i+1 == len(toks) || prepositions[toks[i+1].lower]
	return end && !prepositions[p] && !numberLike(p) && !stopWords[p] && e.verbForm(p) && !e.canBe(p, "adj")
}

// substituteDeterminers are the determiners that take the substitute
// "one" (Quirk et al., §12.15: "the one", "which one", "this one").
var substituteDeterminers = set("the", "which", "this", "that", "another", "each", "every", "any")

// numberLike reports whether w is a number, in figures or in words.
func numberLike(w string) bool {
	_, ok := numberWords[w]
	return ok || w != "" && w[0] >= '0' && w[0] <= '9'
}

// qualifiesOnly reports whether question word i, which the article never
// uses, only qualifies what is asked, so that its absence says nothing.
func (e *Engine) qualifiesOnly(q *query, i int) bool {
	l := q.toks[i].lower
	switch {
	case q.typ == tQuote && pressChannelAt(q.toks, i):
		return true // "on the record", "to the press": where every quotation of a news story was given
	case generalHumanNouns[l] && (aboutPerson[q.typ] || q.typ == tPerson) && !e.possessedRelation(q.toks, i):
		return true // "the woman who came second": the answer is a person; the article need not call her one
	case e.modifierOnly(q.toks, i):
		return true // "his actual job", "where's he from originally": the article names the thing without the modifier
	case q.typ != tYesNo && (q.typ == tQuote || afterWho(q.toks, i)) && e.speakingVerb(l):
		return true // "the official who talked about the fire": the one the article says said so
	}
	return false
}

// numericType are the answer types that are a number.
var numericType = map[answerType]bool{tCount: true, tAmount: true, tPercent: true, tAge: true, tValue: true, tFrequency: true}

// canBe reports whether WordNet has w as the part of speech part
// ("noun", "verb", "adj", "adv"); false without a lexicon.
func (e *Engine) canBe(w, part string) bool {
	return !e.noLex && slices.Contains(e.lex.PartsOfSpeech(w), part)
}

// modifierOnly reports whether token i can only be an adverb, or only an
// adjective before a noun. Such a modifier narrows or qualifies what its
// head names (Quirk et al., §7.2–7.4 and §8.2), and a report names the
// thing without the asker's qualification ("his actual job", "where's he
// from originally"), so a modifier the article never uses does not
// decide whether it answers. So is a word of a multi-word adverb WordNet
// lists ("close for good", "at last"). A predicative adjective ("is she still
// alive") is what the question asks, and stays.
func (e *Engine) modifierOnly(toks []token, i int) bool {
	if e.noLex {
		return false
	}
	if i > 0 && slices.Equal(e.lex.PartsOfSpeech(toks[i-1].lower+" "+toks[i].lower), []string{"adv"}) {
		return true // a word of an adverb idiom WordNet lists ("close for good", "at last")
	}
	pos := e.lex.PartsOfSpeech(toks[i].lower)
	if len(pos) == 0 || slices.Contains(pos, "noun") || slices.Contains(pos, "verb") {
		return false
	}
	if !slices.Contains(pos, "adj") {
		return true // an adverb
	}
	if i == 0 || i+1 >= len(toks) || !determiners[toks[i-1].lower] && !toks[i-1].poss {
		return false // attributive only after a determiner ("the main caveat", "his actual job")
	}
	next := toks[i+1].lower
	return !stopWords[next] && !chatWords[next] && e.canBe(next, "noun")
}

// nounPhraseOnly drops from a counted noun phrase a last word that can be
// no noun: the phrase ends at its verb ("how many participants died").
// After "how much" the head is a noncount noun, never plural (Quirk et
// al., ch. 5): a last word in -s that can be a verb is the verb's
// third-person singular ("how much money goes into the fund"), and one
// WordNet gives an irregular base form is the verb's past ("how much snow
// fell": fall), as a noun's irregular plural cannot follow a noncount
// noun.
func (e *Engine) nounPhraseOnly(toks []token, focus []string) []string {
	if e.noLex || len(focus) < 2 {
		return focus
	}
	last := focus[len(focus)-1]
	for _, t := range toks {
		if t.stem == last || stemOf(t.lower) == last {
			pos := e.lex.PartsOfSpeech(t.lower)
			if len(pos) > 0 && !slices.Contains(pos, "noun") || asksHowMuch(toks) && slices.Contains(pos, "verb") && (plural(t.lower) || e.lex.Lemma(t.lower) != "") {
				return focus[:len(focus)-1]
			}
			break
		}
	}
	return focus
}

// asksHowMuch reports whether the question opens its count with "how
// much".
func asksHowMuch(toks []token) bool {
	for i := 1; i < len(toks); i++ {
		if toks[i].lower == "much" && toks[i-1].lower == "how" {
			return true
		}
	}
	return false
}

// plural reports whether a word ends in the plural (or third-person) -s.
func plural(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3
}

// contentInYesNo reports whether a type word is a content word of this
// question: a yes/no question asks for no kind of answer (its auxiliary is
// its cue), so "did Ruiz vote" asks about a vote; only the indefinite
// pronouns and the words of quantity stay out ("was anyone hurt", "was
// there much damage").
func (q *query) contentInYesNo(w string) bool {
	return q.typ == tYesNo && !yesNoCueWords[w]
}

// relationAdverbs place an act relative to another time (Quirk et al.
// 1985, §8.55–8.59, adjuncts of time relationship): in a yes/no question
// they qualify the act asked, which the article may tell without them.
var relationAdverbs = set("earlier", "later", "previously", "recently", "formerly")

// yesNoCueWords are the type words that are no content in a yes/no
// question: indefinite pronouns and quantifiers (Quirk et al., §6.45–6.62)
// and the light verbs of occurrence.
var yesNoCueWords = set("someone", "anyone", "guy", "many", "much", "happen", "happened",
	"happens", "happening", "occurred", "come", "came", "comes", "kind", "type", "sort", "name", "total", "often")

// meaning reads question token i as a term: the word, or a phrasal verb
// with the next token ("turn down" means "reject"), and for a word the
// article does not use, the article's words for it (a synonym, the word a
// typo was meant to be, what an acronym stands for).
func (e *Engine) meaning(toks []token, i int) term {
	t := toks[i]
	tm, closed := e.plainTerm(t)
	if closed {
		return tm // a closed-class numeral: WordNet's nouns "second" (of time) and "seconds" (goods) are other words
	}
	if it, ok := e.verbIdiom(toks, i); ok {
		return it // "kick the bucket": the article's "died"; "took credit": its "claimed" (verbidiom.go)
	}
	if phrase, pa, pp := e.phrasalMeaning(toks, i); len(pa)+len(pp) > 0 {
		// the verb meets the phrase only with its particle: "go out" is not "went up"
		return term{lower: phrase, stem: t.stem, alts: pa, known: true, phrasal: true,
			phrases: append([][]string{{t.stem, toks[i+1].stem}}, pp...)}
	}
	if ot, ok := e.openCompoundTerm(toks, i); ok {
		return ot // "the pile up": the article's "pile-up" (openparticlenoun.go); "bumble bees": its "bumblebees" (compoundhyponym.go)
	}
	if pt, ok := e.idiomaticPhrasal(toks, i); ok {
		return pt // "put out" a fire: no act of putting
	}
	if ct, ok := e.particleCompound(toks, i); ok {
		return ct // "runner up": the runner-up, no runner
	}
	if pv, ok := e.prepositionalVerb(toks, i); ok {
		return pv // "look at": the article's "examine"
	}
	if lt, ok := e.clippedLabel(toks, i); ok {
		return lt // "cat 4": the article's "Category 4"
	}
	if predicativeDone(toks, i) {
		return e.meaning(slices.Concat(toks[:i], tokenize("finished"), toks[i+1:]), i)
	}
	if tm.known {
		// a clipping and its full word are one word: "photos", "photographed"
		tm.alts = slices.DeleteFunc(e.synonymsKnown(t.lower), func(st string) bool {
			return stemsMeet(st, t.stem) || !(clipping(t.stem, st) && e.clippedWord(t.stem, st) || foreClipping(t.stem, st) || hyphenedClipping(t.stem, st))
		})
		tm.derived = clipsHyphened(t.stem, tm.alts) // "co-op": the cooperative itself, no synonym of it
		tm = e.withCompoundKinds(tm)                // "boats": the article's "motorboats" too (compoundhyponym.go)
		return e.withEnVerb(toks, i, tm)            // "got sick": the article's "sickened" too (inchoativeen.go)
	}
	if et, ok := e.unusedVerbMeaning(toks, i, tm); ok {
		return et // "got sick" of an article that writes only "sickened"; "who found": find (irregularlemma.go)
	}
	if ph := e.initialismSpelledOut(t.lower); ph != nil {
		tm.known, tm.phrases = true, [][]string{ph} // "ac" for the article's "air conditioning"
		return tm
	}
	if tm.alts = e.gradedKnown(t.lower); len(tm.alts) > 0 {
		tm.known = true // "low" for the article's "lowest"
		return tm
	}
	if tm.alts = e.gradedSynonymsKnown(t.lower); len(tm.alts) > 0 {
		tm.known, tm.derived = true, true // "biggest" for the article's "largest": one meaning, graded alike
		return tm
	}
	if tm.alts = e.personSynonymsKnown(t.lower); len(tm.alts) > 0 {
		tm.known = true // "lawyer" for the article's "attorney", not its "law"
		return tm
	}
	if tm.alts = e.listedPluralSynonyms(t.lower); len(tm.alts) > 0 {
		tm.known = true // "teens" for the article's "teenagers" (listedplural.go)
		return tm
	}
	if tm.alts, tm.phrases = e.relatedKnown(t.lower); len(tm.alts)+len(tm.phrases) > 0 {
		tm.known, tm.derived = true, true // one word family: "attendance", "attended"
		return tm
	}
	if dt, ok := e.nominalTerm(tm, t.lower); ok {
		return dt // "conclusion", "concluded"; "markdowns", "mark down" (particlenoun.go)
	}
	if tm.alts, tm.phrases = e.compoundKnown(toks, i); len(tm.alts)+len(tm.phrases) > 0 {
		tm.known = true // "seatbelt" for the article's "seat-belt" or "seat belt"
		return tm
	}
	// compoundKindsKnown: "storm" for the article's "windstorm", before a rare sense's "ramp" (compoundhyponym.go)
	for _, find := range []func(string) []string{e.neutralKnown, e.compoundKindsKnown, e.anySenseFor(toks, i), e.familyKnown, e.respelt, e.acronymOf, e.gatheringSizeKnown} {
		if tm.alts = find(t.lower); len(tm.alts) > 0 {
			tm.known = true
			return tm
		}
	}
	if tm.phrases = e.synonymPhrasesKnown(t.lower); len(tm.phrases) > 0 {
		tm.known = true // "ER" for the "emergency room" the article writes
		return tm
	}
	if tm.phrases = e.definitionPhrasesKnown(t.lower); len(tm.phrases) > 0 {
		tm.known = true // "arrested" for the "taken into custody" the article writes (glossphrase.go); "runner-up" for its "finished second" (agentgloss.go)
		return tm
	}
	if tm.alts = e.clippedKnown(t.lower); len(tm.alts) > 0 {
		tm.known = true // "sigs", "scopes", "grandkids": the article's word, shortened or compounded
		return tm
	}
	if bt, ok := e.irregularLemmaMeaning(toks, i); ok {
		return bt // "flew" read as fly: the article's "piloted" (irregularlemma.go)
	}
	return e.weakMeaning(toks, i, tm)
}

// anySenseFor is the reader of the article's synonyms in any sense for
// question word i: of its noun senses only after a central determiner
// ("the stock": no "carried"; "the 1st" is no noun, and still "first";
// nounlinks.go), of its verb senses only after an auxiliary and its
// subject ("did he buy": no "steal"), else of every sense.
func (e *Engine) anySenseFor(toks []token, i int) func(string) []string {
	if afterCentralDeterminer(toks, i) && e.canBe(toks[i].lower, "noun") {
		return e.nounSynonymsInAnySenseKnown
	}
	if afterAuxiliarySubject(toks, i) && e.canBe(toks[i].lower, "verb") {
		return e.verbSynonymsInAnySenseKnown // "did he buy": no "steal" (nounlinks.go)
	}
	return e.synonymsInAnySenseKnown
}

// weakMeaning is the meaning of a word the article never uses, nor any
// form or synonym of it: for a verb of compulsion the article's verbs of
// compulsion (compulsion.go), else the article's words one WordNet link
// from it, else those WordNet defines with it (glossedword.go).
func (e *Engine) weakMeaning(toks []token, i int, tm term) term {
	if tm.alts = e.compulsionKnown(toks[i].lower); len(tm.alts) > 0 {
		tm.known, tm.derived = true, true // "forced" for the article's "required", no weak link (compulsion.go)
		return tm
	}
	if tm.alts = e.strandedGlossKnown(toks, i); len(tm.alts) > 0 {
		tm.known, tm.weak = true, true // "caught in" for the article's "entangled in" (strandedgloss.go)
		return tm
	}
	weak := []func(string) []string{e.neighboursKnown, e.causersKnown, e.neighbourFamilyKnown}
	noun := afterCentralDeterminer(toks, i)
	if noun {
		weak = []func(string) []string{e.nounNeighboursKnown} // "the stock": a noun's links, not the verb's (nounlinks.go)
	}
	if !e.classifiesNext(toks, i) {
		weak = append(weak, e.definedByKnown) // "extinguish" for the article's "firefighters"
	}
	for k, find := range weak {
		if tm.alts = find(toks[i].lower); len(tm.alts) > 0 {
			tm.known, tm.weak = true, true
			if noun && k == 0 {
				tm.readAs = fmt.Sprintf("%q as %q", toks[i].lower, tm.alts[0]) // the reader is told (nounlinks.go)
			}
			break
		}
	}
	return tm
}

// weigh is a term's weight: its rarity in the article (a synonym's rarity
// for a word the article says otherwise; the rarest for a word it never
// uses), little for a light verb, more for the verb of "who VERB".
func (e *Engine) weigh(q *query, i int, tm term) float64 {
	switch {
	case tm.phrasal:
		return e.r.meanIDF
	case lightVerbs[tm.lower] && (!passiveLight(q.toks, i) || e.eventivePassive(q.toks, i)):
		return 0.1 // takes its meaning from its object, or from its eventive subject (eventivepassive.go)
	}
	w := e.r.idf(tm.stem)
	switch {
	case !tm.known:
		w = e.r.idf("\x00") // a word the article never uses weighs as the rarest
	case len(tm.alts) > 0:
		w = e.r.idf(tm.alts[0]) // weighs as the article's word for it
	}
	if q.typ == tPerson && afterWho(q.toks, i) {
		w *= 2 // in "who VERB …" the verb is what the answer did
	}
	return w
}

// typeWords are the words of the type cues, which ask for a kind of
// answer and need not appear in it.
var typeWords = set("old", "age", "many", "much", "big", "large", "high", "far", "tall",
	"heavy", "long", "deep", "wide", "fast", "quickly", "time", "day", "date", "year", "month", "minute", "number",
	"percent", "percentage", "share", "proportion", "rate", "total", "amount", "level",
	"figure", "name", "happen", "happened", "happens", "happening", "reason",
	"come", "came", "comes", "quote", "quoted", "quotes", "guy", "someone", "anyone",
	"place", "city", "town", "kind", "type", "sort", "role", "job", "position", "title",
	"occupation", "profession", "post", "living", "often", "versus", "compared", "compare", "comparison", "happened", "occurred", "timeline", "order", "score", "vote", "votes", "tally", "final",
	"result", "name", "count")

// eventVerb reports whether a type word is the verb of a manner question,
// which names the event asked about ("how did she score", "how did they
// vote"), not the kind of answer.
func eventVerb(q *query, w string) bool {
	return q.typ == tManner && eventTypeWords[w]
}

// eventTypeWords are the type words that name an act when a manner
// question uses them as its verb (WordNet: score, vote and quote as verbs
// of acting).
var eventTypeWords = set("score", "vote", "quote")

// scoreCueWords are the type words that ask for a score or a vote; in a
// question of another type they are verbs or nouns of its content ("how
// many goals did she score", "when was the vote").
var scoreCueWords = set("score", "vote", "votes", "tally")

// contentInType reports whether type word l is a content word of a
// question of type t.
func contentInType(l string, t answerType) bool {
	return scoreCueWords[l] && t != tScore || roleNouns[l] && t != tDescribe
}

// isWord reports whether a typed word is a word in its own right (the
// article's or English), so not a misspelling of a name.
func (e *Engine) isWord(w string) bool {
	if e.r.vocab[w] {
		return true
	}
	return !e.noLex && e.lex.IsWord(w)
}

// known reports whether the article uses a word or a form of it.
func (e *Engine) known(t token) bool {
	if _, ordinal := ordinalWords[t.lower]; ordinal {
		return e.writesOrdinal(t.lower) // "second" is not known from "51 seconds" (rank.go sameWord)
	}
	if e.r.vocab[t.lower] || e.r.vocab[t.stem] {
		return true
	}
	for v := range e.r.vocab {
		if stemsMeet(v, t.stem) {
			return true
		}
	}
	return false
}

// plainTerm is the term of token t as written, and whether it is an
// ordinal the article never writes, which takes no other word's meaning.
func (e *Engine) plainTerm(t token) (term, bool) {
	tm := term{lower: t.lower, stem: t.stem, known: e.known(t)}
	if w := stemOf(t.lower); w != t.stem {
		tm.written = w
	}
	_, ordinal := ordinalWords[t.lower]
	return tm, ordinal && !tm.known
}

// writesOrdinal reports whether a sentence of the article writes the
// ordinal w itself, not only the noun its plural is.
func (e *Engine) writesOrdinal(w string) bool {
	for i := range e.r.sents {
		if slices.ContainsFunc(e.r.sents[i].toks, func(tk token) bool { return tk.lower == w }) {
			return true
		}
	}
	return false
}

// splitParts returns the parts of a multi-part question, or the question
// alone.
func splitParts(text string) []string {
	var parts []string
	prev := 0
	for _, loc := range partSplits(text) {
		if p := strings.TrimSpace(text[prev:loc[0]]); p != "" {
			parts = append(parts, p)
		}
		prev = loc[1]
	}
	if p := strings.TrimSpace(text[prev:]); p != "" {
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return []string{text}
	}
	var out []string
	for _, p := range sluiced(parts) {
		out = append(out, countedPair(p)...)
	}
	return out
}

// countedPairRe is "how many" before two nouns joined by "and" and the
// rest of the question, opened by its auxiliary ("how many kids and
// grandkids did he leave").
var countedPairRe = lazyRE(`^(.*?\bhow many) (\w+) (?:and|&) (\w+) ((?:\w+'?\w*) .+)$`)

// countedPair asks "how many A and B …" as two questions, one count for
// each: "many" takes a plural count noun (Quirk et al., §5.23), so two
// plurals after it joined by "and" are two heads each counted, and the
// coordination distributes over the question (§13.60 on segregatory
// coordination). A word that is not plural ("how many black and white
// photos") modifies the head and the question stays one.
func countedPair(p string) []string {
	m := countedPairRe.FindStringSubmatch(strings.ToLower(expandChat(p)))
	if m == nil || !countNounPlural(m[2]) || !countNounPlural(m[3]) || !auxiliaries[strings.Fields(m[4])[0]] {
		return []string{p}
	}
	return []string{m[1] + " " + m[2] + " " + m[4], m[1] + " " + m[3] + " " + m[4]}
}

// countNounPlural reports whether a word is a plural noun: the regular -s
// plural, or one of the common irregular plurals by mutation or -en
// (Quirk et al., §5.80–5.81), compounds included ("grandchildren").
func countNounPlural(w string) bool {
	if plural(w) && !auxiliaries[w] && !whWords[w] {
		return true
	}
	for _, x := range []string{"children", "men", "people", "feet", "teeth", "mice", "geese"} {
		if strings.HasSuffix(w, x) {
			return true
		}
	}
	return false
}

// partSplits finds where a question divides: Go's regexp has no
// look-ahead, so the next word is checked by hand.
func partSplits(text string) [][2]int {
	var out [][2]int
	lower := strings.ToLower(text)
	prev := 0
	for _, m := range splitRe.FindAllStringIndex(lower, -1) {
		rest := strings.Fields(expandChat(lower[m[1]:])) // "and wheres": "and where's"
		joint := strings.TrimSpace(lower[m[0]:m[1]])
		if chatAnd[strings.TrimSpace(strings.TrimLeft(joint, ",.;"))] && !strings.HasSuffix(joint, "and") {
			joint = "and" // "&", "+", "n", "plus": "and" as chat types it
		}
		stop := joint == "." || joint == ";"
		comma := joint == "," || stop || strings.Trim(joint, "-–—") == ""
		if comma && !auxiliaries[firstField(rest)] && !(joint != "," && whWords[firstField(rest)]) && !juxtaposedQuestion(lower[prev:m[0]], rest, false) {
			continue // a comma divides a question only before a new yes/no clause, or a new wh-question after one
		}
		if stop && !juxtaposedQuestion(lower[prev:m[0]], rest, true) {
			continue // "St. Brendan's": a period inside the question
		}
		if len(rest) > 1 && (whWords[rest[0]] || auxiliaries[rest[0]] && m[1]-m[0] > 1) || joint == "and" && bareWh(strings.Join(rest, " ")) {
			out = append(out, [2]int{m[0], m[1]})
			prev = m[1]
		}
	}
	return out
}

// chatAnd are the spellings chat gives "and" between two questions
// ("how big is it & how much did it cost"): the ampersand and plus sign
// (AP Stylebook, "ampersand"), the clipped "n" of "rock 'n' roll", and
// "plus" as a conjunction (Merriam-Webster, "plus", conjunction).
var chatAnd = set("and", "&", "+", "n", "plus")

// juxtaposedQuestion reports whether a question that a comma, period or
// semicolon sets after the part before is a question of its own: the
// part before is itself a question, opened by a wh-word or an operator,
// and the new clause opens, after a sentence's end (stop), with any
// wh-word or operator, after a comma with a wh-word that never
// introduces a relative clause ("how", "what": Quirk et al., §17.9 and
// §15.10 on asyndetic coordination of clauses). A clause before it that opens
// otherwise ("if the pier fails, how will they get there") is an
// adverbial of the question, not a question.
func juxtaposedQuestion(before string, rest []string, stop bool) bool {
	w := strings.Fields(expandChat(before))
	if len(w) < 2 || len(rest) < 2 || !(whWords[w[0]] || auxiliaries[w[0]]) {
		return false
	}
	if stop {
		return whWords[rest[0]] || auxiliaries[rest[0]]
	}
	switch rest[0] {
	case "how", "what", "how's", "what's":
		return true
	}
	return false
}

// splitRe finds the joints of a multi-part question.
var splitRe = lazyRE(`\?\s+|[,.;]?\s+(?:and|but|&|\+|n|plus)\s+(?:also\s+)?|[,.;]\s+|\s+[-–—]+\s+`)

// whWords open an interrogative clause: the wh-words and their
// contractions with "is"/"has", which English writes for every wh-word
// ("when's", "where's", "how's": Quirk et al., §3.23 on enclitic 's).
var whWords = set("who", "what", "when", "where", "why", "how", "which", "whose", "who's", "what's",
	"when's", "where's", "why's", "how's")

// synonymsKnown returns the stems of the word's synonyms that the article
// uses, single words only.
func (e *Engine) synonymsKnown(w string) []string {
	if e.noLex {
		return nil
	}
	var out []string
	for _, syn := range e.withoutAntonyms(w, e.lex.Synonyms(w)) {
		if primaryVerbs[syn] || beForms[syn] && !moneyWords[w] {
			continue // "have" for "cause" would meet every perfect's auxiliary, "be" every copula; "be" in the sense "be priced at" is kept for "cost" ("were sold for $80")
		}
		if st, ok := e.knownWord(syn); ok && e.attestedSynonym(w, syn) {
			out = append(out, st)
		}
	}
	return out
}

// minLightShare is the least share of a light verb's tagged uses in
// SemCor that its sense shared with a question's word must take: one in
// a hundred, under which a sense is a rare use of the verb.
const minLightShare = 0.01

// attestedSynonym reports whether the article's word syn means w as the
// article is likely to use it: WordNet's synsets join senses, and a word
// that shares one of w's senses only in a sense of its own that is
// neither among its two most frequent nor ever tagged in SemCor ("exit"
// in "die, go, exit"; "mark" in "crisscross, cross, mark") is, as the
// article writes it ("blocked exits", "the age mark"), most often
// another word, which tells nothing of w (SharesAttestedSense); a light
// verb, spread over dozens of senses and taking its meaning from its
// object, must hold w in a sense of at least minLightShare of its SemCor
// uses ("give" is "pay" in 4 percent of them). A phrasal
// verb means what its one-word synonym says ("take over": succeed), and
// a form of "be" or of w itself is no sense link.
func (e *Engine) attestedSynonym(w, syn string) bool {
	if strings.Contains(w, " ") || beForms[syn] || stemsMeet(stemOf(syn), stemOf(w)) {
		return true
	}
	if lightVerbs[syn] && e.lex.SenseShare(w, syn) < minLightShare {
		return false // "go" is "die" in 2 of its 598 tagged uses, and "go hard" is no dying
	}
	return e.lex.SharesAttestedSense(w, syn)
}

// synonymsInAnySenseKnown is synonymsKnown for a word the article never
// uses, widened by the words of its rare senses whose own common senses
// hold it ("stop" for the article's "end": a rare sense of the question's
// word, a common one of the article's).
func (e *Engine) synonymsInAnySenseKnown(w string) []string {
	out := e.synonymsKnown(w)
	if e.noLex {
		return out
	}
	for _, syn := range e.withoutAntonyms(w, e.lex.SynonymsInAnySense(w)) {
		if st, ok := e.knownWord(syn); ok && !slices.Contains(out, st) && slices.Contains(e.lex.Synonyms(syn), w) {
			out = append(out, st)
		}
	}
	return out
}

// knownWord returns the stem of a single word (no WordNet compound) that
// the article writes, or of the form of it the article writes
// (writtenStems).
func (e *Engine) knownWord(w string) (string, bool) {
	if strings.Contains(w, " ") {
		return "", false
	}
	if sts := e.writtenStems(w); len(sts) > 0 {
		return sts[0], true
	}
	return "", false
}

// synonymPhrasesKnown returns the multi-word synonyms of w that the
// article writes word for word, as stem sequences: WordNet's synsets hold
// compounds and the abbreviations of them ("ER": emergency room), and a
// reader asks by the short form of what the article writes in full.
// The answer depends only on w and the article, and is kept (shared: not
// to be changed).
func (e *Engine) synonymPhrasesKnown(w string) [][]string {
	if e.noLex {
		return nil
	}
	return e.phrasesKnown.get(w, e.findSynonymPhrases)
}

// findSynonymPhrases is synonymPhrasesKnown without the cache.
func (e *Engine) findSynonymPhrases(w string) [][]string {
	var out [][]string
	for _, syn := range e.lex.Synonyms(w) {
		f := strings.Fields(syn)
		if len(f) < 2 {
			continue
		}
		seq := make([]string, len(f))
		for i, x := range f {
			seq[i] = stemOf(x)
		}
		if e.writesPhrase(seq) {
			out = append(out, seq)
		}
	}
	return out
}

// writesPhrase reports whether some sentence of the article has the stem
// sequence as consecutive words.
func (e *Engine) writesPhrase(seq []string) bool {
	t := term{phrases: [][]string{seq}}
	for i := range e.r.sents {
		for k := range e.r.sents[i].toks {
			if t.phraseAt(e.r.sents[i].toks, k) {
				return true
			}
		}
	}
	return false
}

// neighboursKnown returns the stems of the article's words one WordNet
// link from w (a broader or narrower term, what it entails or causes),
// single content words only: the last resort for a word the article
// never uses.
func (e *Engine) neighboursKnown(w string) []string {
	return e.knownAmong(w, func(n string) []string { return []string{n} })
}

// neighbourFamilyKnown returns the stems of the article's words in the
// word family of w's WordNet neighbours: an entailed or caused act is
// often reported by its nominalisation ("killed" causes "die", reported
// as "deaths"). The very last resort for a word the article never uses.
func (e *Engine) neighbourFamilyKnown(w string) []string {
	if e.noLex {
		return nil
	}
	return e.knownAmong(w, e.lex.Related)
}

// knownAmong returns the stems of the article's words among forms(n) for
// each single-word content neighbour n of w.
func (e *Engine) knownAmong(w string, forms func(string) []string) []string {
	if e.noLex {
		return nil
	}
	return e.knownAmongLinks(e.lex.Neighbours(w), forms)
}

// knownAmongLinks returns the stems of the article's words among forms(n)
// for each single-word content word n of links.
func (e *Engine) knownAmongLinks(links []string, forms func(string) []string) []string {
	var out []string
	for _, n := range links {
		if strings.Contains(n, " ") || stopWords[n] || lightVerbs[n] {
			continue
		}
		for _, f := range forms(n) {
			if strings.Contains(f, " ") {
				continue
			}
			for _, st := range e.writtenStems(f) {
				if !slices.Contains(out, st) {
					out = append(out, st)
				}
			}
		}
	}
	return out
}

// measureCue asks for a measurement, which has a unit.
var measureCue = lazyRE(`\bhow (big|large|small|high|far|tall|long|deep|wide|fast|heavy|quickly|quick|close|near|cold|hot|warm|cool)\b`)

// measureVerbs are the verbs of measuring whose object is a measure of
// one dimension (Levin 1993, §54.1, "register" verbs: "the package
// weighed ten pounds"), with the "how ADJ" that asks that dimension:
// WordNet glosses "weigh" as "have a certain weight". "How much does it
// weigh" asks what "how heavy is it" does, and the verb, like the
// adjective, names the answer's kind and need not stand beside it ("the
// 11,400-pound satellite").
var measureVerbs = map[string]string{"weigh": "heavy"}

// measureVerbAsked is the "how ADJ" a verb of measuring in toks asks, or "".
func measureVerbAsked(toks []token) string {
	for _, t := range toks {
		if a := measureVerbs[t.stem]; a != "" {
			return a
		}
	}
	return ""
}

// size reports whether the question asks how big or large something is:
// for a group, how many it has.
func (q *query) size() bool {
	return q.measure == "big" || q.measure == "large" || q.measure == "small"
}

// respelt corrects a typo: a word in no dictionary one edit from a word the
// article uses ("captian" → captain), or two from a word of eight letters
// or more ("sattelite" → satellite), the bound closeSpelling sets for
// names, as the article's own vocabulary is what a reader asks about.
func (e *Engine) respelt(w string) []string {
	if len(w) < 5 || e.isWord(w) {
		return nil
	}
	var out []string
	for v := range e.r.vocab {
		st := stemOf(v)
		if full := titleAbbrevs[v]; full != "" {
			v = full // "Capt." is written for captain, which "captian" misspells
		}
		limit := 1
		if len(v) >= 8 && len(w) >= 8 {
			limit = 2
		}
		if len(v) >= 5 && abs(len(v)-len(w)) <= limit && v[0] == w[0] && editDistance(v, w) <= limit && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	if len(out) != 1 {
		return nil // no correction, or no single one
	}
	return out
}

// acronymOf finds what an acronym the article never writes stands for:
// consecutive words of the article whose initials spell it ("brt" → bus
// rapid transit). It returns their stems.
func (e *Engine) acronymOf(w string) []string {
	if len(w) < 2 || len(w) > 5 || e.isWord(w) {
		return nil
	}
	return e.spelledOut(w)
}

// spelledOut returns the stems of the run of consecutive content words of
// the article whose initials spell w, or nil: the first run that is a
// compound the dictionary lists (lexicalCompound), else the first run.
func (e *Engine) spelledOut(w string) []string {
	var first []token
	for i := range e.r.sents {
		toks := e.r.sents[i].toks
		for k := 0; k+len(w) <= len(toks); k++ {
			ok := true
			for j := 0; j < len(w) && ok; j++ {
				ok = toks[k+j].lower != "" && toks[k+j].lower[0] == w[j] && !stopWords[toks[k+j].lower]
			}
			if !ok {
				continue
			}
			if e.lexicalCompound(toks[k : k+len(w)]) {
				return tokenStems(toks[k : k+len(w)])
			}
			if first == nil {
				first = toks[k : k+len(w)]
			}
		}
	}
	if first == nil {
		return nil
	}
	return tokenStems(first)
}

// contextEntities are the non-person entities a question names right after
// a preposition of place or time ("in the senate", "at the hearing"):
// they set the scene, and a sentence need not name them to answer.
func (e *Engine) contextEntities(toks []token, names map[int]bool) []int {
	var out []int
	for i := 1; i < len(toks); i++ {
		if !names[i] || names[i-1] {
			continue
		}
		p := toks[i-1].lower
		if p == "the" && i > 1 {
			p = toks[i-2].lower
		}
		if p != "in" && p != "at" && p != "on" && p != "during" && p != "from" {
			continue
		}
		xs, _ := e.entitiesIn(toks[i:])
		if len(xs) > 0 && e.r.ents[xs[0]].kind != knowledge.Person {
			out = append(out, xs[0])
		}
	}
	return out
}

// placeModifiers moves from a question's subjects to its context a place
// named right before an organisation ("the kenya conservancy", "the
// ohio union"): a proper noun before a noun modifies it (Quirk et al.,
// §17.108), so the place locates the organisation asked about and is not
// itself who spoke or acted.
func (e *Engine) placeModifiers(q *query) {
	place, org := false, false
	for _, x := range q.subjects {
		place = place || e.r.ents[x].kind == knowledge.Place
		org = org || e.r.ents[x].kind == knowledge.Organisation
	}
	if !place || !org {
		return
	}
	for i := 0; i < len(q.toks); i++ {
		if !q.nameToks[i] || i > 0 && q.nameToks[i-1] {
			continue
		}
		for n := 1; n <= 3 && i+n < len(q.toks); n++ {
			place, _ := e.entitiesIn(q.toks[i : i+n])
			org, nm := e.entitiesIn(q.toks[i+n:])
			if len(place) != 1 || e.r.ents[place[0]].kind != knowledge.Place || len(org) == 0 || !nm[0] || e.r.ents[org[0]].kind != knowledge.Organisation {
				continue
			}
			if x := place[0]; contains(q.subjects, x) {
				q.subjects = slices.DeleteFunc(q.subjects, func(y int) bool { return y == x })
				q.context = append(q.context, x)
			}
			break
		}
	}
}

// afterWho reports whether token i is the first content word after "who"
// ("who got arrested": arrested).
func afterWho(toks []token, i int) bool {
	for k := i - 1; k >= 0; k-- {
		l := toks[k].lower
		switch {
		case l == "who" || l == "whom":
			return true
		case auxiliaries[l] || lightVerbs[l] || l == "got" || l == "get":
			continue
		default:
			return false
		}
	}
	return false
}

// firstField is the first of fs, or "".
func firstField(fs []string) string {
	if len(fs) == 0 {
		return ""
	}
	return fs[0]
}

// relatedKnown returns the stems of the word's derivationally related
// forms that the article uses, and its multi-word forms as stem sequences
// ("dropout" → "drop out": drop, out).
func (e *Engine) relatedKnown(w string) ([]string, [][]string) {
	if e.noLex {
		return nil, nil
	}
	var stems []string
	var phrases [][]string
	for _, r := range e.lex.Related(w) {
		f := strings.Fields(r)
		switch {
		case len(f) == 1:
			st := stemOf(f[0])
			if (e.r.vocab[st] || e.r.vocab[f[0]]) && !slices.Contains(stems, st) {
				stems = append(stems, st)
			}
			for _, c := range e.compoundsKnown(f[0]) {
				if !slices.Contains(stems, c) {
					stems = append(stems, c) // "lawsuit" of "suit" (actnouncompound.go)
				}
			}
		case len(f) > 1:
			var seq []string
			for _, x := range f {
				seq = append(seq, stemOf(x))
			}
			phrases = append(phrases, seq)
		}
	}
	return stems, phrases
}

// causersKnown returns the stems of the article's verbs that WordNet says
// cause the act of w: a causative verb entails its result (Levin 1993,
// §1.1.2.1 on the causative alternation; WordNet's cause relation,
// Fellbaum 1998, ch. 3), so "she learned to weld" is told as "her father
// taught her to weld", "how did he die" as "the crash killed him". A cause
// is one link away, as weak as a neighbour.
func (e *Engine) causersKnown(w string) []string {
	if e.noLex || stopWords[w] || lightVerbs[w] {
		return nil
	}
	var out []string
	for _, c := range e.lex.Causers(w) {
		if st, ok := e.knownWord(c); ok && !lightVerbs[c] && !slices.Contains(out, st) {
			out = append(out, st)
		}
	}
	return out
}

// familyKnown returns the stems of the article's words two derivational
// links from w, through a form the article does not use: English derives
// the agent noun and the action noun from one verb (Quirk et al., App.
// I.31, I.34: prosecute → prosecutor, prosecution), and WordNet links each
// to the verb, not to each other, so "prosecution" meets "prosecutors"
// through "prosecute". A sibling names another aspect of the act (its doer,
// not the act), so it meets as a synonym does, weaker than the word.
func (e *Engine) familyKnown(w string) []string {
	if e.noLex {
		return nil
	}
	var out []string
	for _, r := range e.lex.Related(w) {
		if strings.Contains(r, " ") {
			continue
		}
		for _, s := range e.lex.Related(r) {
			if st, ok := e.knownWord(s); ok && s != w && !slices.Contains(out, st) {
				out = append(out, st)
			}
		}
	}
	return out
}

// namesByNumber reports whether a question is a noun phrase, with no
// interrogative or auxiliary, that states a number: the number names what
// is asked about, so it is not the answer ("the $62 price").
func namesByNumber(toks []token) bool {
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.lower)
	}
	words = dropChat(words)
	if len(words) == 0 || whWords[words[0]] || auxiliaries[words[0]] {
		return false
	}
	for _, t := range toks {
		if _, k, ok := numberValue(t); ok && k != qOrdinal && isNumeric(t) {
			return true
		}
	}
	return false
}

// instanceKind is the stem of the noun an instance question asks for: the
// last word of the phrase after the cue that is not an entity's name
// ("a prairie mills cereal" → cereal).
func instanceKind(rest string, e *Engine) []string {
	toks := tokenize(rest)
	_, names := e.entitiesIn(toks)
	for i := len(toks) - 1; i >= 0; i-- {
		if !names[i] && !stopWords[toks[i].lower] && !chatWords[toks[i].lower] {
			return []string{stemOf(singular(toks[i].lower))}
		}
	}
	return nil
}
