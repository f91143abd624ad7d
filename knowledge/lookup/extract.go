package lookup

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"

	"storybot/knowledge"
)

// Stage 4, extracting: the answer of the expected type, taken from the
// best candidates. Each answer type has its handler; a handler that finds
// no answer of its type returns false, and the decision falls to a
// passage or to "the article doesn't say".

// handler extracts one type of answer.
type handler func(*Engine, *query) (reply, bool)

// handlers maps each answer type to its extractor.
var handlers map[answerType]handler

func init() {
	handlers = map[answerType]handler{
		tPassage:   (*Engine).passage,
		tPerson:    (*Engine).personNotSubject,
		tPlace:     (*Engine).place,
		tTime:      (*Engine).timeOfDay,
		tCount:     (*Engine).amountOf,
		tAmount:    (*Engine).amountOf,
		tPercent:   (*Engine).quantityOf,
		tScore:     (*Engine).quantityOf,
		tAge:       (*Engine).age,
		tReason:    (*Engine).reason,
		tQuote:     (*Engine).quotes,
		tYesNo:     (*Engine).yesNo,
		tDescribe:  (*Engine).describe,
		tChoice:    (*Engine).choice,
		tTitle:     (*Engine).title,
		tCaption:   (*Engine).caption,
		tCredit:    (*Engine).credit,
		tQuoted:    (*Engine).quoted,
		tSummary:   (*Engine).summary,
		tByline:    (*Engine).byline,
		tParty:     (*Engine).party,
		tPublished: (*Engine).published,
		tOrder:     (*Engine).order,
		tWhoSaid:   (*Engine).whoMadeOrSaid,
		tWhich:     (*Engine).which,
		tValue:     (*Engine).value,
		tName:      (*Engine).fullName,
		tTimeline:  (*Engine).timeline,
		tEventsAt:  (*Engine).eventsAt,
		tFrequency: (*Engine).frequency,
		tInstance:  (*Engine).instance,
		tKind:      (*Engine).kindOf,
		tUniform:   (*Engine).uniform,
		tManner:    (*Engine).manner,
	}
}

// passage answers with the best sentence.
func (e *Engine) passage(q *query) (reply, bool) {
	if r, ok := e.quakeMagnitude(q); ok {
		return r, true // "how strong was the quake": its magnitude
	}
	if r, ok := e.latestNews(q); ok {
		return r, true // "what's the latest": the lead (latestnews.go)
	}
	if r, ok := e.nextStep(q); ok {
		return r, true // "what's next": the report's step still ahead
	}
	if n := len(q.terms); n > 1 && !q.terms[n-1].known && len(q.subjects) > 0 {
		// "what is the Attorney General's salary": the thing asked about,
		// last in an English question, is not in the article
		return reply{}, false
	}
	if r, found, asked := e.resultTime(q); asked {
		return r, found // "what was rotich's time": the span he took
	}
	if e.namesPopulation(q) {
		return e.populationOf(q) // "what's the population of carver falls"
	}
	if dim := askedOwnMeasure(q); dim != "" {
		return e.ownMeasureSentence(q, dim) // "what was her time"
	}
	if r, ok := e.passageShaped(q); ok {
		return r, true
	}
	var keep func(*sentence) bool
	if calledCue.MatchString(strings.ToLower(q.raw)) {
		keep = e.holdsName // "what was his first comet called": a name, or nothing
	}
	if q.typ == tPerson {
		keep = func(s *sentence) bool { return !e.onlyIntransitive(q, s) } // "the festival was to run": no doer (intransitiveuse.go)
	}
	c, ok := e.topicIntroduction(q) // "what is the lawsuit about": its first reference
	if !ok {
		c, ok = e.progressiveFrame(q)
	}
	if !ok {
		c, ok = e.actorBest(q)
	}
	if !ok {
		c, ok = e.plannedAct(q)
	}
	if !ok {
		c, ok = e.best(q, keep)
	}
	if !ok || e.actorUnheld(q, &e.r.sents[c.s]) {
		return reply{}, false // "what did delmont do about the breakers" of the tenants' words: no act of Delmont's
	}
	if d, ok := e.objectSentence(q, c, keep); ok {
		c = d // "what did they find": "found the skull", not "a talk about the find"
	}
	c = e.anchoredPassage(q, c, keep) // "what happened after the park closed": not the closing's own sentence (timerelation.go)
	s := &e.r.sents[c.s]
	if e.subjectAfterAct(q, s) {
		return reply{}, false // the act is another's: its subject is not the one asked about
	}
	if run := e.actRun(q, s); q.list && run != nil {
		return reply{found: true, used: run}, true // "what is the city doing to help, list it"
	}
	return reply{found: true, head: e.passageHead(q, s), used: []*sentence{s}}, true
}

// passageHead is the direct answer a passage opens with: the act in
// progress of a "what was X doing when" question (progressiveframe.go),
// or the object asked (objectHead).
func (e *Engine) passageHead(q *query, s *sentence) string {
	if progressiveFrameCue.MatchString(strings.ToLower(q.raw)) {
		if h := participleClause(s); h != "" {
			return h + "."
		}
	}
	if h := e.objectHead(q, s); h != "" {
		return h
	}
	return e.ofFigureHead(q, s) // "what was the record": "the record of 8,094" (offigure.go)
}

// passageShaped answers the what-questions of a shape of their own:
// "what's the nurses union called", "what's the length of the bridge"
// (how long it is), "what did the jury clear him of", "what was he
// convicted of" (every conviction's charges), "what was the verdict"
// (the lead's "found … guilty of"), "what did the study find" (the
// finding it is credited with), "what got stolen" (the passive's
// subject), "what does the bill do" (a sentence with the bill as
// subject).
func (e *Engine) passageShaped(q *query) (reply, bool) {
	for _, f := range []handler{(*Engine).priorRole, (*Engine).makerProduct, (*Engine).multipleCompared, (*Engine).instrumentUsed, (*Engine).materialMade, (*Engine).calledName, (*Engine).dimensionsAsked, (*Engine).changeEndpoint, (*Engine).figureOfNoun, (*Engine).chargesOf, (*Engine).convictionCharges, (*Engine).pleaCharges, (*Engine).strandedFor, (*Engine).verdictTold, (*Engine).thingPatient, (*Engine).thingPredicate, (*Engine).thingSubject, (*Engine).initialismAsked} {
		if r, ok := f(e, q); ok {
			return r, true
		}
	}
	return reply{}, false
}

// person answers "who …" with the person nearest the words the question
// matched in the best sentence that names one it did not ask about.
func (e *Engine) person(q *query) (reply, bool) {
	if r, ok := e.describedHolder(q); ok {
		return r, true
	}
	if len(q.terms) == 0 && len(q.subjects) == 1 {
		return e.describe(q)
	}
	if workForQuestion.MatchString(strings.ToLower(q.raw)) {
		if r, ok := e.workplace(q); ok {
			return r, true // "who does she work for": her employer (workplace.go, affiliation.go)
		}
	}
	if r, ok := e.shapedWho(q); ok {
		return r, true
	}
	roleShaped := asksRole(q) && e.namesPersonNoun(q)
	holders, rs := e.askedHolders(q, roleShaped)
	if len(holders) > 0 && (roleShaped || len(holders) == 1) {
		return e.holdersReply(holders, rs), true
	}
	if r, ok := e.patient(q); ok {
		return r, true // "who got fired": who underwent it
	}
	if r, ok := e.namedInApposition(q); ok && len(holders) == 0 {
		return r, true // "whats the moms name": "The mother, 14-year-old Nandi,"
	}
	if r, ok := e.describedWho(q, roleShaped); ok {
		return r, true // "whos the interim chief": one "named … as interim chief"
	}
	if r, found, saying := e.reportedSaying(q); saying {
		return r, found // "who confirmed he died": who said he died
	}
	converse := sync.OnceValues(func() (reply, bool) { return e.converseDoer(q) }) // read once, wanted at three stages (conversedoer.go)
	if e.conversedAct(q) {
		if r, ok := converse(); ok {
			return r, true // "who owns the van": only "the van belonged to the church" tells it
		}
	}
	if r, ok, done := e.apposedAgentOrUnsaid(q); done {
		return r, ok // "who won the medal": "The winner of the medal, architect Ann Roe," (agentapposed.go); or no sentence names the act, so none its doer
	}
	if roleShaped {
		if r, ok := e.definiteRole(q); ok {
			return r, true
		}
		return reply{}, false
	}
	ranked := e.headlineLeadFirst(q, e.dropPastTold(q, e.wholeFirst(q, e.rank(q, nil)))) // "who will replace her": not who replaced someone before (pastdoer.go); "who died": the headline's death, told by the lead (headlinelead.go)
	if r, ok := e.sideDoer(q, ranked); ok {
		return r, true // "who voted against it": the side asked, not a vote told without it
	}
	for _, withAct := range []bool{true, false} {
		for _, c := range ranked {
			if e.doerCandidate(q, c, withAct) {
				if r, ok := e.doerIn(q, c); ok {
					return r, true
				}
			}
		}
	}
	if r, ok := converse(); ok {
		return r, true // "who bought the Riverhawks": "The Riverhawks have been sold to …" (conversedoer.go)
	}
	return e.nominalObjectAgentOrRole(q) // "who closed the highway": "The closure of the highway by state transportation officials" (nominalagent.go)
}

// shapedWho answers the who-questions of a shape of their own: the other
// party of a contest, the object of a stranded preposition, a work's
// maker, a place or a record's holder.
func (e *Engine) shapedWho(q *query) (reply, bool) {
	if r, ok := e.contestParty(q); ok {
		return r, true // "who did Delmont beat": the object of the defeat Delmont is subject of
	}
	if r, ok := e.strandedWho(q); ok {
		return r, true // "who did they borrow from": "borrowed from relatives" (strandedwho.go)
	}
	if r, ok := e.workMaker(q); ok {
		return r, true // "who did the survey": "A survey by Gallup" (workmaker.go)
	}
	return e.placedOrRecordHolder(q) // "who came in second": "Third place went to …" (placedwho.go); "who held the record before": "the record … set by Harlan Voss" (recordholder.go)
}

// askedHolders are the people whose description holds the asked role,
// else those the question's organisation is led by, else (for a
// role-shaped question) the one bare holder of its modified role.
func (e *Engine) askedHolders(q *query, roleShaped bool) ([]int, []role) {
	holders, rs := e.roleHolders(q)
	if len(holders) == 0 {
		holders, rs = e.leaderOf(q)
	}
	if len(holders) == 0 && roleShaped {
		holders, rs = e.bareRoleHolder(q) // "who was the truck driver": "The driver, Dwayne Pollard," (barerole.go)
	}
	if len(holders) == 0 && roleShaped {
		holders, rs = e.agentDoer(q) // "who was the driver": "Marcus Lee, 29, was driving" (agentdoer.go)
	}
	return holders, rs
}

// holdersReply names the people who hold a role, citing where the
// article names each and where it gives the role.
func (e *Engine) holdersReply(holders []int, rs []role) reply {
	var names []string
	var used []*sentence
	for k, x := range holders {
		names = append(names, e.a.Entities[x].Name)
		for _, s := range e.namedWith(x, rs[k].s) {
			if !containsSent(used, s) {
				used = append(used, s)
			}
		}
	}
	return reply{found: true, head: joinNames(names) + ".", used: used}
}

// doerIn answers a who-question from candidate c: the person who did the
// act there, with those coordinated with them; false when c names no
// doer.
func (e *Engine) doerIn(q *query, c candidate) (reply, bool) {
	s := &e.r.sents[c.s]
	if e.actWithoutDoer(q, s) {
		return reply{}, false // "it was built": the act is there, its doer is not
	}
	if agent, ok, other := e.passiveAgent(q, s); ok || other {
		return reply{found: ok, head: agent, used: []*sentence{s}}, ok // "has been run by Deborah Kline"
	}
	if agent, ok := e.nominalAgent(q, s); ok {
		return reply{found: true, head: agent, used: []*sentence{s}}, true // "after a lawsuit by the Boise Pride Coalition"; "The discovery was made … by …" (lightnominal.go)
	}
	if body, ok := e.agentNounBody(q, s); ok {
		return reply{found: true, head: body, used: []*sentence{s}}, true // "Investigators from the NTSB arrived" (agentnounbody.go)
	}
	if x := e.byGerundDoer(q, s); x >= 0 {
		return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true // "Russia was meddling … by hacking"
	}
	if x := e.appointedDoer(q, s); x >= 0 {
		return e.pronounDoer(x, s), true // "chose Ana Ruiz to replace him": Ruiz replaces him (appointeddoer.go)
	}
	if x := e.actorSubject(q, s); x >= 0 {
		return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true // "Harbor City FC beat Eastport United to win"
	}
	if x := e.antecedentSubject(q, s); x >= 0 {
		return reply{found: true, head: e.a.Entities[x].Name + ".", used: []*sentence{s}}, true // "Quist, a teacher who …, defeated Farrow"; "Bay Holdings, a company that will hold" (relativedoer.go)
	}
	if x := e.headlineDoer(q, s); x >= 0 {
		return reply{found: true, head: e.a.Entities[x].Name + ".", used: append([]*sentence{s}, e.namedWith(x, e.leadSentence())...)}, true // "port chief quits": the lead's delayed identification (headlinedoer.go)
	}
	if r, ok := e.commonDoerReply(q, s); ok {
		return r, true // "inspectors found mold" (commondoer.go)
	}
	if r, ok := e.carriedUnnamedDoer(q, s); ok {
		return r, true // "She also stayed with the injured man": the witness the sentences before tell of (unnamedantecedent.go)
	}
	p, _, ok := e.nearestPerson(q, s, c.matched)
	if x := e.describedDoer(q, s, c, p, ok); x >= 0 {
		return e.pronounDoer(x, s), true // "the 16-year-old won …, beating Pavel Rusu": the 16-year-old won; "The chief executive of Harbor Freightways, one of …, resigned" (subjectmodifier.go)
	}
	if x := e.pronounActor(q, s); x >= 0 && c.coverage > 0.99 && !contains(q.subjects, x) {
		return e.pronounDoer(x, s), true // "He died at the scene, Lt. Dean said": the one "he" stands for (pronounactor.go)
	}
	if !ok || e.onlyReports(q, s, p) {
		if agent, ok := e.paraphrasedAgent(q, s, p); ok {
			return reply{found: true, head: agent, used: []*sentence{s}}, true // "will be maintained by …, Amato said" (paraphrasedsource.go)
		}
		return reply{}, false // "Kraus said her son started it": Kraus is the source, not the doer
	}
	if _, subj := e.askedAct(q); subj && e.prepObjectOnly(s, p) && !e.subjectiveOf(q, s, e.position(s, p), c.matched) {
		x, ok := e.pronounSubject(s)
		if !ok || contains(q.subjects, x) {
			return reply{}, false // "spoken with X": X is not the one who spoke
		}
		return e.pronounDoer(x, s), true // "She met with Ruby Ridge's Owen Tate": she met
	}
	if x := e.reportedIdentity(q, s, p, c.matched); x >= 0 {
		p = x // "Pruett said the people killed were …": the identity, not its source (reportedidentity.go)
	}
	return e.doerReply(q, s, e.subjectOverObject(q, s, p)), true
}

// describedDoer is the person a description before the first matched
// word of c describes, the subject of its verb, when the nearest person
// p (found is whether there is one) is another who stands after the
// verb or in the description's own modifiers; -1 otherwise.
func (e *Engine) describedDoer(q *query, s *sentence, c candidate, p int, found bool) int {
	m := firstOf(c.matched)
	if m < 0 {
		return -1
	}
	x := e.describedSubject(s, m)
	if x < 0 || contains(q.subjects, x) {
		return -1
	}
	if !found || x != p && (e.position(s, p) > m || inSubjectModifier(s, e.position(s, p), m)) {
		return x
	}
	return -1
}

// doerReply names doer p of s with those coordinated with p, but for
// any the question names.
func (e *Engine) doerReply(q *query, s *sentence, p int) reply {
	var names []string
	for _, x := range e.coordinated(s, p) {
		if x != p && contains(q.subjects, x) {
			continue // "who joined Reed": Reed is asked about, not an answer
		}
		names = append(names, e.a.Entities[x].Name)
	}
	return reply{found: true, head: joinNames(names) + ".", used: []*sentence{s}}
}

// actInSentence reports whether s holds the who-question's verb, by a form
// or a synonym, when it has one, as a verb. A sentence that tells the act
// is read for its doer before one that only shares the question's other
// words ("Race director Ellen Shaw said …" does not say who won the race)
// or names the act as a thing ("a talk about the find"), which may still
// name the doer in other words ("the inspector who spotted it", "earned
// $20,000 for the win").
func (e *Engine) actInSentence(q *query, s *sentence) bool {
	t, ok := e.askedAct(q)
	if !ok {
		return true
	}
	for i := range s.toks {
		if t.actAt(s.toks, i) && !nominalAt(s.toks, i) {
			return true
		}
	}
	return e.nominalActAgent(q, s) > 0 // "The discovery was made … by …" (lightnominal.go)
}

// describedHolder answers a who-question that describes its answer by
// what it does for another or what it is: a spokesperson, a bill's
// sponsor, the company the article calls "the contractor".
func (e *Engine) describedHolder(q *query) (reply, bool) {
	if r, ok := e.spokespersonFor(q); ok {
		return r, true // "who's speaking for the company": its spokeswoman
	}
	if r, ok := e.sponsorOf(q); ok {
		return r, true // "who's carrying the bill": its sponsor
	}
	if r, ok := e.calledName(q); ok {
		return r, true // "what's the name of the contractor": a company
	}
	if e.asksThingName(q) {
		return e.notSaid(q), true // "what's the name of the utility": no person is its name
	}
	return e.pluralMembers(q) // "who r the cavers": every person named under the plural (pluralmembers.go)
}

// namedWith is s, after the first body sentence that names x when s only
// describes or refers to x: a citation shows the name it answers with.
func (e *Engine) namedWith(x int, s *sentence) []*sentence {
	if !contains(s.named, x) {
		if n := e.firstNaming(x); n != nil && n != s {
			return []*sentence{n, s}
		}
	}
	return []*sentence{s}
}

// firstNaming is the first body sentence that names x, or nil.
func (e *Engine) firstNaming(x int) *sentence {
	for i := range e.r.sents {
		if s := &e.r.sents[i]; s.part == "" && contains(s.named, x) {
			return s
		}
	}
	return nil
}

// namesPersonNoun reports whether a question word is a noun for a
// person (a title, or a kind of person in WordNet): "who is the
// referee" asks for a role's holder, "who were the no votes" does not.
// Without WordNet every question of the role's shape counts.
func (e *Engine) namesPersonNoun(q *query) bool {
	if e.noLex {
		return true
	}
	for i, t := range q.toks {
		if stopWords[t.lower] || q.nameToks[i] {
			continue
		}
		if personTitles[t.lower] || classNouns[t.lower] == "person" || e.lex.KindOf(singular(t.lower), "person") {
			return true
		}
	}
	return false
}

// roleQuestion asks who holds a role: "who is the referee", "who's Hale's
// spokesman", "who's her lawyer" (a possessive determiner makes the role
// definite as "the" or a genitive does: Quirk et al., §5.10, §6.29),
// "what's the name of the deputy".
var roleQuestion = lazyRE(`^\W*(?:(?:hey|ok|so|and)\W+)*(?:who|who's|whos)\s+(?:is|was|are|were)?\s*(?:the|a|an|her|his|their|its|\S+'s)\s|\bname of (?:the|a|an|her|his|their|its|\S+'s)\s|'s name\b`)

// nearestPerson is the person named in s closest to the matched tokens,
// not one of the question's own entities.
func (e *Engine) nearestPerson(q *query, s *sentence, matched []int) (int, float64, bool) {
	best, bestD := -1, math.MaxFloat64
	for _, p := range s.named {
		if e.r.ents[p].kind != knowledge.Person || contains(q.subjects, p) && len(q.terms) > 0 {
			continue
		}
		at := e.position(s, p)
		if e.isPossessor(s, p, matched) || e.onlyAttributive(s, p) {
			continue // "Hale's spokesman", "the Trump campaign": the name describes someone else
		}
		d := 50.0
		for _, m := range matched {
			dd := float64(abs(m - at))
			if m < at {
				// the doer comes before the verb in English; a word after
				// the verb is its object, unless the word matched is a
				// title or role noun that introduces the name
				if w := s.toks[m].lower; isTitleWord(w) || relationNouns[w] || s.toks[m].cap {
					dd += 0.5
				} else {
					dd += 8
				}
			}
			d = math.Min(d, dd)
		}
		if at > 0 && prepositions[s.toks[at-1].lower] && !e.subjectiveOf(q, s, at, matched) {
			d += 15 // the object of a preposition is not the doer
		}
		if d < bestD {
			best, bestD = p, d
		}
	}
	return best, bestD, best >= 0
}

// onlyAttributive reports whether every mention of p in s modifies the
// noun after it behind a determiner ("the Trump campaign", "a Sessions
// aide"): English puts no article before a person's name used as a name.
func (e *Engine) onlyAttributive(s *sentence, p int) bool { return e.r.onlyAttributive(s, p) }

// isPossessor reports whether p is named in s only as the possessor of a
// matched word ("Hale's spokesman").
func (e *Engine) isPossessor(s *sentence, p int, matched []int) bool {
	if e.namedApartFromOthers(s, p) {
		return false // named at least once not as a possessor (possessorsurname.go)
	}
	for i := range s.toks {
		if s.toks[i].poss && contains(matched, i+1) {
			for _, f := range e.r.ents[p].forms {
				if i-len(f)+1 >= 0 && matchForm(s.toks, i-len(f)+1, f) {
					return true
				}
			}
		}
	}
	return false
}

// position is the token index where entity p is first named in s.
func (e *Engine) position(s *sentence, p int) int {
	for i := range s.toks {
		if e.formAt(s, p, i) > 0 {
			return i
		}
	}
	return 0
}

// describe answers "who is X" with the role the article gives X.
func (e *Engine) describe(q *query) (reply, bool) {
	if len(q.subjects) == 0 {
		return e.passage(q)
	}
	x := q.subjects[0]
	if len(q.terms) > 0 {
		// "what was his role in the campaign": the sentence about X that
		// holds the rest of the question
		about := func(s *sentence) bool { return s.mentions(x) }
		var best *candidate
		for _, c := range e.rank(q, about) {
			if !e.holds(q, c) {
				continue
			}
			if rolePhrase.MatchString(e.r.sents[c.s].text) {
				c.score++ // a sentence that says what X is or does
			}
			if best == nil || c.score > best.score {
				best = &c
			}
		}
		if best != nil {
			return reply{found: true, used: []*sentence{&e.r.sents[best.s]}}, true
		}
	}
	ent := e.a.Entities[x]
	rs := describingRoles(e.rolesOf(x)) // not "Mr." alone (leadrole.go)
	if len(rs) == 0 {
		if r, ok := e.glossReply(x); ok {
			return r, true // "what is RSV": "RSV, or respiratory syncytial virus" (acronymgloss.go)
		}
		for i := range e.r.sents {
			if s := &e.r.sents[i]; contains(s.named, x) && s.part == "" {
				return reply{found: true, used: []*sentence{s}}, true
			}
		}
		return reply{}, false
	}
	var descs []string
	// the fullest form of the role may be told without the name: first the
	// sentence that names X, then the roles' own sentences
	used := e.namedWith(x, rs[0].s)
	used = used[:len(used)-1]
	for _, r := range rs {
		switch first, _, _ := strings.Cut(r.text, " "); {
		case courtesyTitles[strings.ToLower(strings.TrimSuffix(r.text, "."))] && len(rs) > 1:
			continue // "Dr." says how the article addresses her, not what she is
		case !relativePronouns[strings.ToLower(first)]:
			descs = append(descs, withArticle(dropTrailingTitle(r.text)))
		case len(descs) > 0:
			descs[len(descs)-1] += " " + r.text // "the Special Agent who leads the team": the relative clause postmodifies the role (Quirk et al., §17.8)
		default:
			descs = append(descs, "the one "+r.text)
		}
		if !containsSent(used, r.s) {
			used = append(used, r.s)
		}
	}
	if rs[0].text == ent.Title {
		descs[0] = e.titleAffiliated(x, descs[0]) // "Lt. Tom Iverson of the North Dakota Highway Patrol": the lieutenant of the patrol
	}
	head := fmt.Sprintf("%s is %s", ent.Name, descs[0])
	if len(descs) > 1 {
		head = fmt.Sprintf("%s is %s; the article also calls %s %s", ent.Name, descs[0], e.shortName(x), joinNames(descs[1:]))
	}
	if left := e.roleLeftIn(rs, x); left != "" {
		head = fmt.Sprintf("%s was %s and %s", ent.Name, descs[0], left) // "Oakdale's fire chief, Mark Tully, resigned" (leftrole.go)
	}
	head = endSentence(head)
	return reply{found: true, head: head, used: used}, true
}

// doerCandidate reports whether candidate c may tell the doer a
// who-question asks: it holds the question, tells the asked act or not
// as withAct asks, of the asked side, done by someone rather than to a
// thing, and not only inside another's quotation (quotedact.go).
func (e *Engine) doerCandidate(q *query, c candidate, withAct bool) bool {
	s := &e.r.sents[c.s]
	return e.holds(q, c) && e.actInSentence(q, s) == withAct && !e.wrongSide(q, s) && !e.actDoneToThing(q, s, c.matched) && !e.actOnlyQuotedOfOther(q, s)
}

// rolePhrase is a copula or "serving as" that states what someone is.
var rolePhrase = lazyRE(`\b(?:is|was|has been|had been|serves as|served as|serving as|works as|worked as)\s+(?:a|an|the|head|chair|member|one)\b`)

// endSentence ends s with a period unless it ends with one ("U.S.").
func endSentence(s string) string {
	if strings.HasSuffix(s, ".") {
		return s
	}
	return s + "."
}

// withArticle puts "the" before a role that has no determiner. A role
// opened by a central determiner keeps it, lower case after "is"
// (Quirk et al. 1985, ch. 5 on the central determiners: the articles, "another", the demonstratives
// and the possessives exclude one another): "Another passenger, Rosa
// Telford," is another passenger, not "the Another passenger".
func withArticle(role string) string {
	l := strings.ToLower(role)
	for _, d := range []string{"a ", "an ", "the ", "one ", "his ", "her ", "their ", "its ", "another ", "this ", "that "} {
		if strings.HasPrefix(l, d) {
			return l[:len(d)] + role[len(d):] // "The district's spokeswoman" opened its sentence; here it follows "is"
		}
	}
	for k, w := range strings.Fields(role) {
		if l := strings.ToLower(w); strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "s'") || strings.HasSuffix(l, "s’") {
			return role // "Sessions' spokeswoman", "Luke Brandvold's mother": the possessive is its determiner
		}
		if k > 0 && !newToken(w, 0, 0).cap {
			break // a name's words are capitalised
		}
	}
	return "the " + role
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// which answers "which X" where X names a kind of thing (a state, an
// agency): the entities of that kind in the best sentence.
func (e *Engine) which(q *query) (reply, bool) {
	if len(q.focus) == 0 {
		return e.passage(q)
	}
	kind, noun := "", ""
	for w, k := range classNouns {
		if stemOf(w) == q.focus[0] {
			kind, noun = k, w
		}
	}
	if r, ok := e.strandedGoal(q, cmp.Or(noun, q.whichNoun)); ok {
		return r, true // "which hospital were people taken to"
	}
	if kind == "" && q.whichNoun != "" {
		return e.whichInstance(q) // "which contractor": any noun's instances
	}
	if kind == "place" && homeQuestion.MatchString(strings.ToLower(q.raw)) && e.hasPersonOf(q.subjects, 0) {
		return e.home(q) // where a person is from, or nothing
	}
	if r, ok := e.roleNoun(q, kind); ok {
		return r, true
	}
	sub, cands := e.whichCandidates(q)
	headed := e.headedCandidates(sub, cands, kind, noun)
	if r, ok := e.ownerOrListed(q, kind, sub, cands); ok {
		return r, true
	}
	for _, c := range cands {
		if !e.holds(sub, c) && (len(sub.terms) > 0 || len(sub.subjects) > 0) {
			continue
		}
		s := &e.r.sents[c.s]
		if head := cmp.Or(noun, q.whichNoun); head != "" {
			if n := e.closeNamedIn(s, head); n != "" {
				return reply{found: true, head: n + ".", used: []*sentence{s}}, true // "in the journal ZooKeys" (closename.go)
			}
		}
		unnamed := indefiniteMention(s, noun) != ""
		names := e.namesOfKind(q, s, kind, noun, unnamed)
		s, names = e.headedInstead(q, s, names, headed, kind, noun)
		if unnamed && len(names) == 0 {
			if n := calledNameAfter(s, cmp.Or(noun, q.focus[0])); n != "" {
				return reply{found: true, head: n + ".", used: []*sentence{s}}, true // "a group called Lancaster Taxpayers United" (callednoun.go)
			}
			if p := e.describedByAppositive(s, noun); p != "" {
				return reply{found: true, head: capitalise(p) + ".", used: []*sentence{s}}, true // "the centrosaurines, a group of horned dinosaurs"
			}
			continue // "died in a House committee": the union named beside it is no committee
		}
		used := []*sentence{s}
		if len(names) == 0 {
			if x := e.namedByNoun(s, q.focus[0], kind); x >= 0 {
				names = []string{e.a.Entities[x].Name}
				used = e.withNaming(used, x)
			} else if span := e.properModifiers(s, q.focus[0]); span != "" && !unnamed {
				names = []string{span} // "Brunswick, New Hanover and Pender counties"
			}
		}
		if len(names) > 0 {
			return reply{found: true, head: joinNames(names) + ".", used: used}, true
		}
	}
	if kind == "person" {
		if r, ok := e.definiteRole(q); ok {
			return r, true // "which judge has the case": the story's one judge
		}
	}
	return e.unnamedInstance(sub, cands, noun)
}

// whichCandidates are the question without its asked noun, and the
// sentences ranked for it; when nothing else is asked ("which states was
// it in"), the body's sentences in order, the first naming some first.
func (e *Engine) whichCandidates(q *query) (*query, []candidate) {
	sub := *q
	sub.terms = restTerms(q, q.focus[0])
	if len(sub.terms) > 0 || len(sub.subjects) > 0 {
		return &sub, e.rank(&sub, nil)
	}
	var cands []candidate
	for i := range e.r.sents {
		if e.r.sents[i].part == "" {
			cands = append(cands, candidate{s: i, coverage: 1, subjects: 0})
		}
	}
	return &sub, cands
}

// unnamedInstance refuses a which-question whose best sentence holds the
// asked noun only in an indefinite noun phrase ("a House committee"): an
// indefinite article introduces a referent the text does not identify
// (Quirk et al., §5.26), so the article does not say which one. The
// refusal shows the phrase and cites it.
func (e *Engine) unnamedInstance(q *query, cands []candidate, noun string) (reply, bool) {
	for _, c := range cands {
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		phrase := indefiniteMention(s, noun)
		if phrase == "" && noun != "" {
			phrase = e.unidentifiedMention(s, noun, nil) // "hospitals", "two hospitals"
		}
		if phrase != "" {
			return reply{head: fmt.Sprintf("The article doesn't say which %s: it says only %q.", noun, phrase), used: []*sentence{s}}, true
		}
		return reply{}, false
	}
	return reply{}, false
}

// indefiniteMention is the noun phrase of s that holds noun after "a" or
// "an" within three words ("a House committee"), or "". An indefinite
// appositive or complement describes the name it follows ("Orchard Labs
// Inc., a Yakima company"; "Hale is a lawyer"), so it is no unnamed
// referent (Quirk et al., §17.65, §16.22).
func indefiniteMention(s *sentence, noun string) string {
	for i, t := range s.toks {
		if !t.meets(stemOf(noun)) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-3; k-- {
			if l := s.toks[k].lower; l == "a" || l == "an" {
				if !describesBefore(s, k) {
					return s.text[s.toks[k].start:t.end]
				}
				break
			} else if determiners[l] || prepositions[l] {
				break
			}
		}
	}
	return ""
}

// describesBefore reports whether the indefinite article at token k opens
// an appositive to a name (a comma after a capitalised word) or the
// complement of a copula.
func describesBefore(s *sentence, k int) bool {
	if k == 0 {
		return false
	}
	p := s.toks[k-1]
	if copulas[p.lower] || p.lower == "as" {
		return true
	}
	return p.cap && strings.Contains(s.text[p.end:s.toks[k].start], ",")
}

// namesOfKind are the names in s of entities of the asked kind that can
// answer a which-question about noun, other than the question's own;
// beside an unnamed instance of the noun, only those called by it; and
// beside a name headed by the noun, only such names (headedBy).
func (e *Engine) namesOfKind(q *query, s *sentence, kind, noun string, unnamed bool) []string {
	var xs []int
	for _, x := range s.named {
		if string(e.r.ents[x].kind) == kind && !contains(q.subjects, x) && e.ofAskedKind(s, x, noun) &&
			(!unnamed || e.namedAs(x, noun)) {
			xs = append(xs, x)
		}
	}
	xs = e.rankedAhead(q, s, xs) // "the most cases, …, followed by Indiana": Indiana ranks next
	var names []string
	for _, x := range e.headedOnly(xs, noun) {
		names = append(names, e.a.Entities[x].Name)
	}
	return names
}

// withNaming adds to used the first sentence that names x in full, before
// the sentence that calls it by its common noun, so the answer's name is
// in what it cites.
func (e *Engine) withNaming(used []*sentence, x int) []*sentence {
	if s := e.firstNaming(x); s != nil && !containsSent(used, s) {
		return append([]*sentence{s}, used...)
	}
	return used
}

// roleNoun answers "what committee does X lead" from X's description when
// it names the kind of thing asked for ("the committee's chairman").
func (e *Engine) roleNoun(q *query, kind string) (reply, bool) {
	for _, x := range q.subjects {
		if e.r.ents[x].kind != knowledge.Person {
			continue
		}
		for _, r := range e.rolesOf(x) {
			rs := &sentence{text: r.text, toks: tokenize(r.text)}
			if x := e.namedByNoun(rs, q.focus[0], kind); x >= 0 {
				used := e.withNaming([]*sentence{r.s}, x)
				return reply{found: true, head: e.a.Entities[x].Name + ".", used: used}, true
			}
		}
	}
	return reply{}, false
}

// namedByNoun resolves "the panel" in s to the entity of that kind whose
// name the noun heads ("the Budget Panel"), as news writing names a body
// in full once and by "the" and its common noun after; -1 when s has no
// such noun. A noun with modifiers of its own ("Trump's national security
// advisory committee") describes a body of its own and resolves to none.
func (e *Engine) namedByNoun(s *sentence, noun, kind string) int {
	back := false
	for i, t := range s.toks {
		if i > 0 && t.meets(noun) && !t.cap && s.toks[i-1].lower == "the" {
			back = true
		}
	}
	if !back {
		return -1
	}
	for x, ent := range e.a.Entities {
		if string(e.r.ents[x].kind) != kind {
			continue
		}
		toks := tokenize(ent.Name)
		if len(toks) > 1 && stemsMeet(toks[len(toks)-1].stem, noun) {
			return x
		}
	}
	return -1
}

// matchesStem reports whether the term is a form of stem.
func (t term) matchesStem(stem string) bool { return stemsMeet(t.stem, stem) }

// joinNames writes a list as English: "A", "A and B", "A, B and C".
func joinNames(ns []string) string {
	switch len(ns) {
	case 0:
		return ""
	case 1:
		return ns[0]
	}
	return strings.Join(ns[:len(ns)-1], ", ") + " and " + ns[len(ns)-1]
}

// value answers a bare noun question ("turnout?", "containment?") with
// the number that stands nearest the noun in the best sentence holding
// one; without a number, with the best sentence.
func (e *Engine) value(q *query) (reply, bool) {
	if r, found, asked := e.resultTime(q); asked {
		return r, found // "ruiz's finishing time?"
	}
	for _, t := range q.terms {
		if isTitleWord(t.lower) || relationNouns[t.lower] {
			// "Sessions' spokeswoman?": who holds the role
			if holders, rs := e.roleHolders(q); len(holders) == 1 {
				return reply{found: true, head: e.a.Entities[holders[0]].Name + ".", used: e.namedWith(holders[0], rs[0].s)}, true
			}
		}
	}
	// a date is when, not how much: "full containment by Aug. 30" gives no
	// value of containment, "the fire was 18% contained" does
	has := func(s *sentence) bool {
		return slices.ContainsFunc(s.nums, func(n quantity) bool { return n.kind != qDay && n.kind != qYear })
	}
	for rank, c := range e.rank(q, has) {
		if rank > 2 {
			break
		}
		if !e.holds(q, c) {
			continue
		}
		s := &e.r.sents[c.s]
		if k := e.askedOwnFigure(s, c.matched); k >= 0 {
			return reply{found: true, head: capitalise(figureRange(s, k)) + ".", used: []*sentence{s}}, true // "revenue?": the level it rose to (fragmentamount.go)
		}
		best, bestD := -1, 1<<30
		for k, n := range s.nums {
			if n.kind == qDay || n.kind == qYear {
				continue
			}
			if d := nearest(n.tok, c.matched); d < bestD {
				best, bestD = k, d
			}
		}
		if best >= 0 && bestD <= 4 {
			return reply{found: true, head: capitalise(figureRange(s, best)) + ".", used: []*sentence{s}}, true
		}
	}
	return e.passage(q)
}

// dropTrailingTitle drops an abbreviated title that ends a longer role
// ("National Security Adviser Gen."): it stands before the name as a
// form of address and rank, and the role before it says what the person
// is (AP Stylebook, "military titles", "titles"). A title with only a
// level word before it, or alone, is written out instead (spelledTitle).
func dropTrailingTitle(role string) string {
	i := strings.LastIndexByte(role, ' ')
	if !strings.HasSuffix(role, ".") {
		return role
	}
	if full := spelledTitle(role); full != "" {
		return full // "State Sen.": a state senator; "Gov." alone: the governor (titlelevel.go)
	}
	if r, ok := compoundRank(role); ok {
		return r // "Lt. Col.", "Rear Adm.": one rank (militaryrank.go)
	}
	if i < 0 || titleAbbrevs[strings.ToLower(strings.TrimSuffix(role[i+1:], "."))] == "" {
		return role
	}
	return role[:i]
}
