package lookup

import "testing"

// cruiseTerminal is a short article written for this test, in no question
// set: three people whose surnames carry a lower-case particle ("van der
// Berg", "da Costa", "de Smet"), as AP style writes them inside a full
// name.
const cruiseTerminal = `Antwerp port opens new cruise terminal

ANTWERP, Belgium (AP) — The port of Antwerp opened a $120 million cruise terminal on Thursday, its first new passenger building in 40 years.

"Ships were turning away from us because we had no room," port chief executive Jacques van der Berg, 57, told reporters. "Now we can take three at once."

The terminal was designed by architect Luisa da Costa, 45, of Lisbon.

"It should feel like a ship coming home," da Costa said.

The city expects 200,000 cruise passengers next year, Mayor Karel de Smet said.
`

// TestNameParticle checks that a lower-case particle between a given name
// and a surname does not end the name: the speaker of a quotation, the
// doer of a passive and the age after the name are the whole person's.
func TestNameParticle(t *testing.T) {
	checkOpenings(t, engineOf(t, cruiseTerminal), []openingCase{
		{"who said ships were turning away", "Jacques van der Berg.", nil, []string{"Reporters."}},
		{"how old is van der berg", "Jacques van der Berg is 57.", nil, nil},
		{"who designed the terminal", "Luisa da Costa.", nil, nil},
		{"how old is da costa", "Luisa da Costa is 45.", nil, nil},
		{"what did the architect say", "Luisa da Costa said:", []string{"coming home"}, nil},
		{"who is karel de smet", "Karel de Smet is the Mayor.", nil, nil},
	})
}
