package lookup

// A figure's noun in a yes/no question (part of stage 2, the answer
// type). "Does the price include the buyer's premium" opens with an
// operator before its subject, and a question so opened asks whether its
// predication is true (Quirk et al., §11.5, yes-no questions); the noun
// "price" is its subject, not a request for the figure as "how much" is
// (§11.14, the wh-element sets what is asked). A yes/no question asks
// for the figure itself only indirectly, through a verb of telling or
// knowing ("does it say the price", "do we know the cost": Searle,
// "Indirect Speech Acts", 1975, questions of the hearer's knowledge or
// ability to tell), so those keep the figure's type.

// figureNounCue is the text of a type cue that is a noun of a figure,
// no interrogative: what typeCues match for a sum, a count, a
// percentage, an age or a deadline without "how" or "what". "Worth" is
// left out: "was it worth it" asks a judgement, no figure either way.
var figureNounCue = lazyRE(`^ ?(cost|price|number of|count|percent|percentage|age|age of|deadline) ?$`)

// tellingVerbRe finds a verb of telling or knowing, through which a
// yes/no question asks for a figure indirectly.
var tellingVerbRe = lazyRE(`\b(say|says|said|mention|mentions|mentioned|give|gives|gave|given|tell|tells|told|know|knows|known|list|lists|listed|report|reports|reported|disclose|disclosed|reveal|revealed|specify|specified|there)\b`)

// figureNounInYesNo reports whether cue text cue, matched in s, a
// question whose words open with an operator, is only the noun of a
// figure the yes/no question is about.
func figureNounInYesNo(s, cue string, words []string) bool {
	return isAux(words) && figureNounCue.MatchString(cue) && !tellingVerbRe.MatchString(s)
}
