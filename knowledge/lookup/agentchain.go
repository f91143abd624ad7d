package lookup

// The agent phrase before a time adjunct (part of stage 4). After a
// passive participle the "by" phrase of its agent, or of the means, comes
// before the clause's place and time adjuncts: Quirk et al. (§8.89) order
// a clause's adjuncts process, space, time, and count means, instrument
// and agent among the process adjuncts (§8.78–8.82; the passive's agent
// phrase, §3.63). So in "built in 1857 and decommissioned by the U.S.
// Coast Guard in 1998" the time after the agent still dates
// "decommissioned", and "when was it decommissioned" is answered 1998,
// not by the time of the coordinated clause before it.

// processPrepositions open a process adjunct that precedes place and
// time adjuncts in a clause: "by" of the agent and of the means (Quirk et
// al., §8.78, §8.89).
var processPrepositions = set("by")

// opensAdjunct reports whether w opens an adjunct chain (adjunctChain): a
// preposition of manner or place, or one of process.
func opensAdjunct(w string) bool {
	return chainPrepositions[w] || processPrepositions[w]
}
