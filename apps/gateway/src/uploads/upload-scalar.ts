import GraphQLUpload from 'graphql-upload/GraphQLUpload.mjs';
import type { Resolvers } from '../generated/resolvers-types.js';

/** The `Upload` scalar of the GraphQL multipart request spec (files arrive as streams). */
export const uploadResolvers: Resolvers = { Upload: GraphQLUpload };
