package lookup

// Support verbs of speech-act and legal nouns (part of stage 4,
// who-questions, with lightnominal.go). Besides the delexical "make",
// "give" and "carry out", each act noun of complaint, request, charge or
// protest takes its own verbs that add no act of their own and only
// make the noun's doer their subject: one files or lodges a complaint,
// submits a request, brings or files a charge, raises an objection,
// issues an order, voices criticism, stages a protest, launches an
// attack. Mel'čuk calls this lexical function Oper1, the verb whose
// subject is the noun's first actant (I. Mel'čuk, "Lexical Functions: A
// Tool for the Description of Lexical Relations in a Lexicon", in Wanner
// (ed.), Lexical Functions in Lexicography and Natural Language
// Processing, 1996, §2, with these examples), and collocation
// dictionaries list the same verbs under those nouns (Oxford
// Collocations Dictionary for Students of English, 2002, "complaint",
// "request", "charge", "objection", "order", "criticism", "protest",
// "attack"). So "The complaint was filed in September by Janet Pruitt"
// tells who complained, as "The discovery was made by two divers" tells
// who discovered: the by-phrase of the support verb's passive is the
// act's doer (Quirk et al. 1985, §3.67). Only a noun of the asked act
// (nounOfAct) makes the verb a support verb: "the complaint was
// dismissed by the judge" has a verb of its own and is no such case.

// oper1Participles are the past participles of the Oper1 support verbs
// named above, beyond the delexical ones lightParticiplesOfActs lists.
var oper1Participles = set("filed", "lodged", "submitted", "brought", "raised", "issued", "voiced", "staged", "launched")

// supportParticiple reports whether w is the past participle of a verb
// that, with an act's noun as its subject in the passive, leaves the
// act's doer to its by-phrase.
func supportParticiple(w string) bool {
	return lightParticiplesOfActs[w] || oper1Participles[w]
}
