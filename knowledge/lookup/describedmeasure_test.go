package lookup

import "testing"

// orionLaunch is a short article written for this test, in no question
// set: a thing named in the headline and lead and afterwards called by
// its class noun, a measure premodifying that definite description, and
// a second thing of the class the lead does not name.
const orionLaunch = `Orion-4 weather satellite reaches orbit

CAPE CANAVERAL, Fla. (AP) — The Orion-4 weather satellite reached orbit Thursday after two delays, NASA said.

The 9,200-pound satellite will spend 16 days climbing to an orbit 22,000 miles above the equator. The rocket that carried it is 190 feet long.

A second satellite, Orion-5, will launch in 2027. The Vega-2 rocket is also ready.
`

// "The 9,200-pound satellite" is the Orion-4 the lead names.
func TestMeasureOfADefiniteDescription(t *testing.T) {
	e := engineOf(t, orionLaunch)
	checkAnswers(t, e, []answerCase{
		{"how much does orion 4 weigh", []string{"9,200-pound"}, nil},
		{"how heavy is orion-4", []string{"9,200-pound"}, nil},
		// no length is given of the satellite, nor any weight of the one the lead does not name
		{"how long is orion-4", nil, []string{"190 feet", "16 days", "22,000"}},
		{"how much does orion-5 weigh", nil, []string{"9,200"}},
		{"how long is the vega-2 rocket", nil, []string{"190 feet"}},
	})
}

// astronomerDies is a short article written for this test, in no
// question set: a thing named in a later paragraph and called by the
// common noun its name holds in the paragraph's next sentence, and
// another measure of that noun in a later paragraph.
const astronomerDies = `Amateur astronomer Lee Varga dies at 81

TUCSON, Ariz. (AP) — Lee Varga, a retired teacher who found six comets from her backyard, has died. She was 81.

Her best-known find was Comet Varga-Ito, spotted in 1997. The comet passed within 9 million miles of Earth that spring.

Varga's telescope still stands in her yard. The comet she found last passed within 40 million miles of Mars.
`

// "The comet" after "Comet Varga-Ito" in its paragraph is that comet;
// "how close" is answered by the distance "within" states.
func TestMeasureOfANamedThingsDescription(t *testing.T) {
	e := engineOf(t, astronomerDies)
	checkAnswers(t, e, []answerCase{
		{"how close did varga-ito get to earth", []string{"9 million miles."}, []string{"40 million"}},
		// the sentence must hold the question's other words; the later paragraph's comet is another
		{"how close did varga-ito get to mars", nil, []string{"40 million", "9 million"}},
	})
}

// seaChest is a short article written for this test, in no question
// set: the story's thing sized by "measures" in its third paragraph.
const seaChest = `Village opens sea chest raised from schooner wreck

CASTINE, Maine (AP) — A wooden sea chest pulled from a schooner wreck in Penobscot Bay was opened Friday before about 150 people, who saw a razor, buttons and a folded letter inside.

Divers found the chest in June while mapping the wreck, said Ruth Amsel, the lab's director. Records showed it had been loaded aboard on May 2, 1881, when the schooner left Bangor.

The chest measures 31 inches long and 17 inches wide. Seawater had soaked the letter, said Amsel, who opened the lid with a pry bar.
`

// "How big is it" is answered by the object of "measures", which states
// a thing's dimensions (WordNet 3.0, "measure": have certain dimensions).
func TestMeasuresSize(t *testing.T) {
	e := engineOf(t, seaChest)
	checkOpenings(t, e, []openingCase{{"how big is it", "31 inches", nil, []string{"150"}}})
}
