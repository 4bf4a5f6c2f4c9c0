package nl.huurronde.voorstel;

import nl.huurronde.contract.Contract;
import nl.huurronde.regels.ContractFeiten;
import nl.huurronde.regels.HuishoudenFeiten;

/** An accepted contract with its household, as the compute step reads it from the staging tables. */
record ContractInvoer(Contract contract, HuishoudenFeiten huishouden) {

    /** The contract's own row, before its household is known. */
    record Basis(Contract contract, boolean adresGedeeld, boolean brpAfgewezen) {

        ContractInvoer met(HuishoudenFeiten huishouden) {
            return new ContractInvoer(contract, huishouden);
        }
    }

    ContractFeiten feiten() {
        return contract.feiten(huishouden);
    }
}
