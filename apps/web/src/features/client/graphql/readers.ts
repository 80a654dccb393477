import { graphql } from '../../../gql';

export const ourEntryReadersQuery = graphql(`
  query OurEntryReaders($days: Int!) {
    ourEntryReaders(days: $days) {
      day
      readerName
      readerRole
      reads
    }
    ourCouple {
      id
      label
      coach {
        id
        displayName
      }
    }
  }
`);
