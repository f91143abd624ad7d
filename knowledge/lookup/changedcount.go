package lookup

import "slices"

// A count gained or lost is no count held (part of stage 4, how many).
// "How many teachers does the district have" and "how many stores does
// the chain own" ask a state, what the owner possesses (WordNet 3.0:
// have v.1, "have or possess, either in a concrete or an abstract
// sense"; own v.1), and a news story gives that total with a verb of
// having ("employs 410 teachers", "runs 17 branches", "now has 612
// member farms"). A count told as the object of a verb of getting or of
// losing ("it closed 40 stores", "bought 41,000 new books", "signed up
// 14 new member farms", "23 teachers were laid off") measures a change
// in what the owner has, its size and not the total after it: the verbs
// of getting (Levin 1993, §13.5.1 "get" verbs and §13.5.2 "obtain"
// verbs) and of giving up or removing (§13.1 "give" verbs, §10.1
// "remove" verbs) take the thing that changes hands as their object. So
// a question of having that names no change is not answered by it; "how
// many teachers were laid off" names the verb and is.

// havingVerbs are the verbs of possession a count of what an owner has is
// asked with, in their forms: WordNet 3.0 have v.1 {have, hold}, own v.1
// {own, have, possess}, run v.5 and operate v.1 ("direct or control;
// projects, businesses, etc."), employ v.2 ("engage or hire for work":
// the staff a firm has).
var havingVerbs = set("have", "has", "had", "hold", "holds", "own", "owns", "possess", "possesses",
	"run", "runs", "operate", "operates", "employ", "employs")

// changeOfHavingVerbs are the verbs whose object is what an owner gains
// or loses, with their irregular past forms: Levin 1993 §13.5.1 "get"
// verbs (buy, gain, hire, win), §13.5.2 "obtain" verbs (acquire, purchase,
// receive), §13.1 "give" verbs (sell), §10.1 "remove" verbs (eliminate,
// remove), and the verbs WordNet 3.0 glosses as coming or ceasing to have
// or to run a thing: add ("make an addition"), lose ("fail to keep or to
// maintain; cease to have"), shed, cut ("cut back"), close ("cease to
// operate"), shut, open ("start to operate"), lay off ("dismiss, usually
// for economic reasons"), fire, retire ("withdraw from active service"),
// drop, sign up ("engage by written agreement") and recruit.
var changeOfHavingVerbs = set("buy", "bought", "gain", "hire", "win", "won", "acquire", "purchase",
	"receive", "sell", "sold", "eliminate", "remove", "add", "added", "lose", "lost", "shed", "cut", "close",
	"shut", "open", "lay", "laid", "fire", "retire", "drop", "sign", "recruit")

// changeOfHavingStems are the Snowball stems of changeOfHavingVerbs.
var changeOfHavingStems = func() map[string]bool {
	out := map[string]bool{}
	for w := range changeOfHavingVerbs {
		out[stemOf(w)] = true
	}
	return out
}()

// changeParticles are the adverbial particles of the phrasal verbs of a
// change in having ("signed up 14 farms", "laid off 23 teachers", "sold
// off 12 stores"; Quirk et al. 1985, §16.3).
var changeParticles = set("up", "off", "out", "on")

// changedCountNotAsked reports whether count n of s is the object of a
// verb of gaining or losing (before it, past approximators and a
// particle, or after it as a passive's participle) while q asks with a
// verb of having and names neither that verb nor any other change.
func changedCountNotAsked(q *query, s *sentence, n quantity) bool {
	if n.kind != qCount || !asksHaving(q) {
		return false
	}
	for _, i := range changedCountVerbs(s, n) {
		if !changeOfHavingStems[s.toks[i].stem] || s.toks[i].cap {
			continue
		}
		for _, t := range q.terms {
			if t.matches(s.toks[i]) {
				return false
			}
		}
		return true
	}
	return false
}

// changedCountVerbs are the words that may be count n's verb: those of
// numberVerbs, and the verb before a particle before n ("signed up 14").
// A verb after n's phrase has n as its object only in the passive ("23
// stores were closed"); an active one, finite or an infinitive ("asked
// its 1.3 million customers to cut back"), has n as its agent.
func changedCountVerbs(s *sentence, n quantity) []int {
	out := slices.DeleteFunc(numberVerbs(s, n), func(i int) bool { return i > n.tok && !passiveAt(s.toks, i) })
	i := n.tok - 1
	for i >= 0 && approximators[s.toks[i].lower] {
		i--
	}
	if i > 0 && changeParticles[s.toks[i].lower] {
		out = append(out, i-1)
	}
	return out
}

// asksHaving reports whether q asks with a verb of having as its main
// verb ("does the district have", "does it employ") and with no verb of
// change of its own: not "have to" nor "has lost".
func asksHaving(q *query) bool {
	having := false
	for k, t := range q.toks {
		if changeOfHavingStems[t.stem] {
			return false
		}
		if havingVerbs[t.lower] && (k+1 >= len(q.toks) || q.toks[k+1].lower != "to" && q.toks[k+1].lower != "been") {
			having = true
		}
	}
	return having
}
