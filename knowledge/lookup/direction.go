package lookup

import (
	"strings"
)

// Direction (part of stage 4): where something was going or came from.
// English marks the goal of a movement with "to", and with "for" after
// verbs of departure and heading ("left for Denver", "bound for Lima");
// it marks the source with "from", or as the object of "leave" and
// "depart" (Quirk et al., A Comprehensive Grammar of the English
// Language, §9.15–9.20). News writing also packs both ends into a
// hyphenated compound before the noun ("an Omaha-to-Denver flight").

// placeName is a run of capitalised words, as in placeRe.
const placeName = `((?:the\s+)?[A-Z][\w.'’]*(?:\s+(?:of\s+)?[A-Z][\w.'’]*)*(?:,\s+[A-Z][a-z]+\.)?)`

// motionList holds the forms of the verbs of motion and of sending off a
// question asks a destination or origin with (Levin, English Verb Classes
// and Alternations, 1993, §51.1–51.4: go, leave, travel, fly, sail, drive,
// head, move, depart), and of sending (§11.1).
var motionList = []string{
	"go", "goes", "going", "gone", "went", "head", "heads", "headed", "heading",
	"bound", "destined", "travel", "travels", "traveled", "travelled", "traveling",
	"travelling", "fly", "flies", "flew", "flown", "flying", "sail", "sails", "sailed",
	"sailing", "drive", "drives", "drove", "driving", "move", "moves", "moved", "moving",
	"depart", "departs", "departed", "departing", "leave", "leaves", "leaving", "left",
	"set out", "sets out", "setting out", "en route",
	// the send verbs, whose object moves to the goal of their "to" phrase
	// (Levin 1993, §11.1: send, ship, transfer, transport, dispatch)
	"send", "sends", "sent", "sending", "ship", "ships", "shipped", "shipping",
	"transfer", "transfers", "transferred", "transferring", "transport", "transports",
	"transported", "transporting", "dispatch", "dispatches", "dispatched", "dispatching",
	"deliver", "delivers", "delivered", "delivering", "convey", "conveys", "conveyed",
	"conveying", "smuggle", "smuggles", "smuggled", "smuggling",
	// the carry verbs, whose object goes along with the mover to the goal
	// (Levin 1993, §11.4: carry, drag, haul, lug, tote, tow), those used
	// more often as nouns left out ("ferry", "shuttle", "cart", "truck":
	// a question's "ferry" names the vessel, not its movement)
	"carry", "carries", "carried", "carrying", "haul", "hauls", "hauled", "hauling",
	"driven", // the participle of "drive" (Levin 1993, §51.4.2)
	"drag", "drags", "dragged", "dragging", "lug", "lugs", "lugged", "lugging", "tote",
	"totes", "toted", "toting", "tow", "tows", "towed", "towing",
}

// motionVerbs matches one of motionList.
var motionVerbs = `(?:` + strings.Join(motionList, "|") + `)`

// goalQuestion asks where something was going ("where was the flight
// headed", "what city was the ship bound for").
var goalQuestion = lazyRE(`\b` + motionVerbs + `\b|\bdestination\b`)

// sourceQuestion asks where a movement started ("where did the flight
// leave from", "where did it take off").
var sourceQuestion = lazyRE(`\b(?:from|originat\w*|take off|took off|taken off|taking off)\b`)

// motionTerm reports whether every word of a question term ("take off")
// belongs to its motion verb or its direction.
func motionTerm(term string) bool {
	for _, w := range strings.Fields(term) {
		if !motionWord(w) {
			return false
		}
	}
	return true
}

// motionWord reports whether a question word belongs to its motion verb or
// its direction ("from", "destination"): words the article need not repeat.
func motionWord(w string) bool {
	switch w {
	case "from", "destination", "originate", "originated", "take", "took", "taken", "taking", "off":
		return true
	}
	for _, m := range motionList {
		for _, part := range strings.Fields(m) {
			if part == w {
				return true
			}
		}
	}
	return false
}

// sequenceAdverbs place a movement in a sequence of them ("where is it
// heading next"): the temporal connectives of sequence (Quirk et al., A
// Comprehensive Grammar, 8.137–8.139). They ask which goal, not a word the
// sentence of the goal need hold.
var sequenceAdverbs = set("next", "then", "later", "afterward", "afterwards")

// goalPhrase is a movement's goal: a motion verb with "to", "into",
// "onto", "for" or "toward", or "flight(s) to", after the source when the
// sentence names both ("traveling from Chattanooga, Tenn., to
// Cincinnati": the source comes first, Quirk et al. §9.15), its state
// spelled out as AP style writes it in the body ("from Spokane,
// Washington, to a festival in Billings"; stateTail).
var goalPhrase = lazyRE(`\b(?:` + motionVerbs + `|flights?)\s+` + timeElement + movedObject + `(?:from\s+` + placeWords + stateTail + `,?\s+)?(?:for|to|toward|towards|into|onto)\s+(` + commonBefore + placeWords + `)`)

// heldGoalPhrase is goalPhrase with a bring or take verb in the passive
// ("the pot was taken to the British Museum"): the passive's subject is
// the active's object (Quirk et al. §3.63), which the verb conveys to its
// goal (Levin 1993, §11.3; conveyverb.go), so the thing itself went
// there. It is read only in a sentence that holds the thing the question
// names ("where did the pot go"), never for the story's own movement
// ("where was it headed" is not "the injured were taken to a hospital").
var heldGoalPhrase = lazyRE(`\b(?:` + motionVerbs + `|flights?|(?:was|were|is|are|be|been|being)\s+(?:taken|brought))\s+` + timeElement + movedObject + `(?:from\s+` + placeWords + stateTail + `,?\s+)?(?:for|to|toward|towards|into|onto)\s+(` + commonBefore + placeWords + `)`)

// heldGoalPattern is goalPattern for a sentence that holds what the
// question names: heldGoalPhrase in place of goalPhrase.
func heldGoalPattern(raw string) *lazyRegexp {
	if p := goalPattern(raw); p != goalPhrase {
		return p
	}
	return heldGoalPhrase
}

// movedObject is the object of a verb of sending between the verb and its
// goal ("move dryer production to", "moved its washing machine line
// to", "carrying 120 passengers and 14 cars to"): up to six lower-case
// words or figures (Quirk et al. §16.18, the complex-transitive object
// before an adverbial of direction).
const movedObject = `(?:(?:[a-z0-9][\w-]*\s+){1,6}?)?`

// commonBefore is a common-noun goal that a named place locates ("to a
// newer plant in Saltillo, Mexico"): the place is the whole noun phrase.
const commonBefore = `(?:(?:an?|the|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,3}?(?:in|at|near)\s+)?`

// placeWords is placeName without its capture.
const placeWords = `(?:the\s+)?[A-Z][\w.'’]*(?:\s+(?:of\s+)?[A-Z][\w.'’]*)*(?:,\s+[A-Z][a-z]+\.)?`

// sourcePhrase is a movement's source: a motion verb with "from", or the
// object of "leave" or "depart". The verbs of inherently directed motion
// (Levin 1993, §51.1: arrive, come, return) take it in every form
// ("were expected to arrive from Denver").
var sourcePhrase = lazyRE(`\b(?:(?:` + motionVerbs + `|took off|takes off|taking off|come|came|comes|coming|arrive|arrives|arrived|arriving|return|returns|returned|returning|flights?)\s+` + timeElement + `from|depart(?:s|ed|ing)?|leav(?:es|ing)|left)\s+` + placeName)

// routeCompound is "X-to-Y" before a noun: the source and the goal.
var routeCompound = lazyRE(`\b([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)-to-([A-Z][\w.'’]*(?:\s[A-Z][\w.'’]*)?)\s+[a-z]`)

// direction answers where something was going, or where it came from, from
// the best sentences about it that mark a goal or a source.
func (e *Engine) direction(q *query) (reply, bool) {
	raw := strings.ToLower(q.raw)
	source := sourceQuestion.MatchString(raw)
	if !source && !goalQuestion.MatchString(raw) && !asksConveyGoal(raw) { // "where did they take her" (conveyverb.go)
		return reply{}, false
	}
	sub := *q
	sub.terms = nil
	for _, t := range q.terms {
		if !motionTerm(t.lower) && !sequenceAdverbs[t.lower] {
			sub.terms = append(sub.terms, t)
		}
	}
	if g, _ := pronounGender(q.toks); len(sub.terms) == 0 && len(sub.subjects) == 0 && g == 0 {
		return e.storyEndpoint(source, goalPattern(raw)) // "where was it headed": the story's own movement
	}
	for _, c := range e.rank(&sub, nil) {
		if !e.holds(&sub, c) {
			continue
		}
		s := &e.r.sents[c.s]
		p, explicit := endpoint(s.text, source, heldGoalPattern(raw))
		if p == "" || e.inQuestion(q, p) {
			continue
		}
		p = e.goalWithHead(s.text, p) // "to the Franklin County jail" (goalhead.go)
		used := []*sentence{s}
		if !explicit {
			used = append(used, e.statedEndpoint(p, source, s)...)
		}
		return reply{found: true, head: capitalise(strings.TrimRight(p, ".")) + ".", used: used}, true
	}
	return reply{}, false
}

// endpoint finds in text the goal (or, when source, the origin) of a
// movement, the goal by pattern goal (goalPattern), and whether a verb states it rather than a route compound.
// A goal after "back to" is no goal of the way a thing was going: "back"
// reverses the direction of a movement (Quirk et al. §9.17, "back" as a
// particle of return), to where it came from.
func endpoint(text string, source bool, goal *lazyRegexp) (string, bool) {
	re, part := goal, 2
	if source {
		re, part = sourcePhrase, 1
	}
	for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
		if !source && strings.HasSuffix(strings.TrimRight(text[m[0]:m[2]], " "), " back to") {
			continue // "towed the ferry back to Rockland": a return, not the way it was going
		}
		p := strings.TrimRight(text[m[2]:m[3]], ",")
		if !source {
			p = possessedGoal(text, p, m[2]+len(p)) // "bound for Jupiter's icy moon Europa"
		}
		return p, true
	}
	if m := routePair.FindStringSubmatchIndex(text); m != nil && appositiveAfterMotion(text[:m[0]]) {
		return strings.TrimRight(text[m[2*part]:m[2*part+1]], ","), true // "carrying 45 cars, most of them loaded with coal, from Wyoming to a port in Washington state"
	}
	if m := routeCompound.FindStringSubmatch(text); m != nil {
		return m[part], false
	}
	return "", false
}

// routePair is a path told by its two ends, "from" a place "to" another,
// after a verb of motion set apart from it: the pair of prepositions marks
// the source and the goal of the movement (Quirk et al. §9.15), so a verb
// whose object has an appositive ("carrying 45 cars, most of them loaded
// with coal, from Wyoming to a port") still has the goal goalPhrase cannot
// reach. Without a verb of motion before it the pair marks an extent
// ("beaches from Cannon Beach to Seaside"), no movement (§9.17).
var motionBefore = lazyRE(`\b` + motionVerbs + `\b`)

// maxAppositiveGap bounds the words between the verb of motion and "from"
// that routePair reads over ("45 cars, most of them loaded with coal," is 8).
const maxAppositiveGap = 12

// appositiveAfterMotion reports whether before ends in a verb of motion,
// its object and a parenthetical set off by commas: the last verb of
// motion in it has a comma after it and no more than maxAppositiveGap
// words.
func appositiveAfterMotion(before string) bool {
	ms := motionBefore.FindAllStringIndex(before, -1)
	if len(ms) == 0 {
		return false
	}
	gap := before[ms[len(ms)-1][1]:]
	return strings.Contains(gap, ",") && len(strings.Fields(gap)) <= maxAppositiveGap && !strings.ContainsAny(gap, ";—")
}

// routePair matches "from" a place "to" another (see endpoint).
var routePair = lazyRE(`\bfrom\s+(` + placeWords + stateTail + `),?\s+(?:to|toward|towards)\s+(` + commonBefore + placeWords + `)`)

// statedEndpoint finds, beyond s, the body sentence whose verb states the
// same goal or origin p, so that a route compound in the headline is
// backed by the paragraph that tells it.
func (e *Engine) statedEndpoint(p string, source bool, s *sentence) []*sentence {
	for i := range e.r.sents {
		t := &e.r.sents[i]
		if t == s || t.para == 0 {
			continue
		}
		if got, explicit := endpoint(t.text, source, goalPhrase); explicit && strings.HasPrefix(got, p) {
			return []*sentence{t}
		}
	}
	return nil
}

// storyEndpoint answers a question that names nothing but the movement
// ("where was it headed"): its subject is the story's own subject, and
// the movement is the first the body states with a verb, the inverted
// pyramid putting the main facts first. A person asked by "he" or "she"
// is not that subject: the first movement told may be anyone's.
func (e *Engine) storyEndpoint(source bool, goal *lazyRegexp) (reply, bool) {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 {
			continue
		}
		if p, explicit := endpoint(s.text, source, goal); explicit {
			return reply{found: true, head: capitalise(strings.TrimRight(p, ".")) + ".", used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}
