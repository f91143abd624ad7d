package lookup

// "What set off X" asks for X's cause (part of stage 2). The verbs of
// WordNet 3.0's synset "trip, actuate, trigger, activate, set off, spark
// off, spark, trigger off, touch off" (v. 01643675, "put in motion or move
// to act") and "prompt" (v. 00771979, "prompt, inspire, instigate": "serve
// as the inciting cause of") are causatives like "cause" and "lead to"
// (Quirk et al. 1985, §16.52): with a subject "what" they ask for the
// thing that started the event, the way "why" and "what caused" do. Of
// the synset's members only the ones that keep the causing sense after a
// subject "what" are read: "trip", "actuate" and "activate" name setting
// a device going ("what activated the alarm" asks for a thing, not a
// reason, more often than not), and "set" or "touch" without "off" is
// another verb ("what set the record").

// triggerCause matches a question that opens "what set off", "what
// sparked", "what triggered", "what touched off" or "what prompted", in
// any tense the chat writes, before or after chat openers (as whatCause
// does for "what caused").
var triggerCause = lazyRE(`(?i)^\W*(?:(?:so|ok|and|hey)\W+)*what (?:(?:set|sets|touched|touches) off|(?:sparked|sparks|triggered|triggers)(?: off)?|prompted|prompts)\b`)

// triggerVerbs are the verbs triggerCause reads, in the forms it reads.
var triggerVerbs = set("set", "sets", "touched", "touches", "sparked", "sparks", "triggered", "triggers", "prompted", "prompts")

// triggerCauseAt reports whether question word i is the verb of an
// opening "what set off …" or its particle: a word that only asks for a
// cause, which the article need not hold.
func triggerCauseAt(toks []token, i int) bool {
	v := i
	if toks[i].lower == "off" {
		v = i - 1
	}
	if v < 1 || !triggerVerbs[toks[v].lower] || toks[v-1].lower != "what" {
		return false
	}
	return v == i || toks[v].lower != "prompted" && toks[v].lower != "prompts"
}

// asksCauseThing reports whether a question asks for a cause as a thing
// ("what caused the fire", "what set off the inspections"), which the
// sentence giving it answers first.
func asksCauseThing(raw string) bool {
	return whatCause.MatchString(raw) || triggerCause.MatchString(raw)
}
